"""Page links in rich text: resolved in one query per article render, and
hidden when they lead to a page an anonymous visitor may not see.

Wagtail expands `<a linktype="page" id="…">` once per rich text value: a
query for the pages and one per page type for their specific rows, so an
article with links in ten sections paid twenty queries. `known_page_urls`
reads the URLs of every page the body links to in one query (only id and
URL path: a page's URL needs nothing else), and while it is active the page
link handler registered in wagtail_hooks.py answers from it. Outside it
(the admin, other rich text) Wagtail's own lookup runs, restricted likewise.

A link to a page an anonymous visitor may not see (a draft, or under a view
restriction) keeps its words but loses its address, as Wagtail renders a link
to a deleted page (`<a>`). Rich text renders without the request, and the
same HTML is served to every visitor (and cached), so the anonymous
visitor's view is the one taken. The editor keeps the link: publishing or
opening the page brings it back.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from .visibility import visible_pages

_known_urls = ContextVar("known_page_urls", default=None)
PAGE_LINK = re.compile(r'linktype="page"')


def linked_page_ids(sources):
    """The ids of the pages linked from these rich text sources, sorted."""
    ids = set()
    for source in sources:
        if not PAGE_LINK.search(source):
            continue
        for match in FIND_A_TAG.finditer(source):
            attrs = extract_attrs(match.group(1))
            if attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
                ids.add(int(attrs["id"]))
    return sorted(ids)


def page_urls(ids):
    """{"id": URL, or None for a page that no longer exists or is hidden},
    one query."""
    urls = dict.fromkeys((str(pk) for pk in ids), None)
    if ids:
        shown = visible_pages(Page.objects.filter(pk__in=ids))
        for pk, url_path in shown.values_list("pk", "url_path"):
            # The URL Wagtail's handler gives: relative on a one-site install,
            # from the cached site root paths either way.
            # A page outside every site has no URL: Wagtail writes "None".
            urls[str(pk)] = str(Page(pk=pk, url_path=url_path).localized.url)
    return urls


@contextmanager
def known_page_urls(urls):
    token = _known_urls.set(urls)
    try:
        yield
    finally:
        _known_urls.reset(token)


class BatchedPageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, answering from `known_page_urls` when it
    knows every link asked for, and finding only visible pages otherwise."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = visible_pages(Page.objects.filter(id__in=ids))
        found = {str(page.pk): page for page in pages.defer_streamfields().specific()}
        return [found.get(pk) for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        known = _known_urls.get()
        keys = [str(attrs.get("id")) for attrs in attrs_list]
        if known is None or any(key not in known for key in keys):
            return super().expand_db_attributes_many(attrs_list)
        return [
            f'<a href="{escape(known[key])}">' if known[key] else "<a>" for key in keys
        ]
