"""Template tags for the links every page shows: the policy pages."""

from django import template

from treatments.site_pages import live_links

from ..models import PolicyPage

register = template.Library()


@register.simple_tag(takes_context=True)
def policy_pages(context):
    """The site's live policy pages in tree order: title and URL each."""
    return live_links(context["request"], PolicyPage)
