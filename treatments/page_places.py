"""A page's URL from its id and URL path alone, by Wagtail's own rules.

Building a page instance to ask its URL costs more than the rest of a card or
a footer link (modelcluster sets up every instance), so the lists every page
shows keep plain values and ask through `PagePlace`: just enough of a page
for `Page.get_url` (relative on the request's site, absolute on another, from
the site root paths the request has read once).
"""

from wagtail.models import Page


class PagePlace:
    get_url = Page.get_url
    get_url_parts = Page.get_url_parts
    _get_relevant_site_root_paths = Page._get_relevant_site_root_paths
    _get_site_root_paths = Page._get_site_root_paths

    def __init__(self, pk, url_path):
        self.pk, self.id, self.url_path = pk, pk, url_path


def page_url(pk, url_path, request=None):
    """What `{% pageurl %}` writes for the page ("None" outside every site)."""
    return str(PagePlace(pk, url_path).get_url(request=request))
