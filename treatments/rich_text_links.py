"""Page links in rich text, on the public site: a link to a page an anonymous
visitor may not see (a draft, or under a view restriction) keeps its words
but loses its address, as Wagtail renders a link to a deleted page (`<a>`).

Rich text renders without the request, and the same HTML is served to every
visitor (and cached), so the anonymous visitor's view is the one taken. The
editor keeps the link: publishing or opening the page brings it back.
"""

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from .visibility import visible_pages


class VisiblePageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, finding only the visible pages: the
    others render as Wagtail's missing page does."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = visible_pages(Page.objects.filter(id__in=ids))
        found = {str(page.pk): page for page in pages.defer_streamfields().specific()}
        return [found.get(pk) for pk in ids]
