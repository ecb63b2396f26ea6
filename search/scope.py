"""What a search covers: the current site's pages an anonymous visitor may
see (treatments.visibility), whoever searches: rankings, suggestions and the
spelling vocabulary are cached for everyone."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Q, QuerySet
from wagtail.models import Page, Site

from treatments.visibility import barred_q, visible_pages


def site_pages(site):
    return visible_pages(Page.objects.in_site(site))


@dataclass
class Scope:
    """The pages one search covers: `site`'s live, public pages, only those
    among `chosen` (a queryset of pages: the filters) when given."""

    site: Site
    chosen: QuerySet | None = None

    @cached_property
    def _private(self) -> Q:
        # Reads the view restrictions: once for both forms below.
        return barred_q()

    @cached_property
    def site_pages(self):
        """`site_pages(site)`, whatever `chosen` holds."""
        return Page.objects.live().in_site(self.site).exclude(self._private)

    @cached_property
    def pages(self):
        if self.chosen is None:
            return self.site_pages
        return self.site_pages.filter(pk__in=self.chosen.values("pk"))

    @cached_property
    def hidden(self):
        """The site's pages a search leaves out, and every page of other
        sites: usually a handful where the site's pages are thousands, so
        "not one of these" is the cheaper test of a match."""
        pages = Page.objects.all()
        in_site = pages.descendant_of_q(self.site.root_page, inclusive=True)
        return pages.filter(~pages.live_q() | ~in_site | self._private)
