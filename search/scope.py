"""What a search covers: the current site's live pages that need no login."""

from wagtail.models import Page


def site_pages(site):
    return Page.objects.live().public().in_site(site)
