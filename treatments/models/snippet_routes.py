"""A routable page that serves one subpage per snippet, at <index>/<slug>/.

Shared by the conditions and doctors sections. The subpage's meta tags
(title, description, canonical URL) describe the snippet, not the listing;
the sitemap and the frontend cache's purge list name every subpage.
"""

from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtailseo import settings as seo_settings
from wagtailseo.models import SeoMixin

from .seo import PortalSeoMixin
from .serving import ServedPageMixin


class SnippetRoutesMixin(RoutablePageMixin):
    #: The URL name of the subpage route, which takes the snippet's slug.
    subpage_route = ""

    seo_pagetitle_sources = ["subpage_title", "seo_title"]
    seo_description_sources = [
        "subpage_description",
        "search_description",
        "introduction_text",
    ]
    canonical_url_sources = ["subpage_canonical_url", "canonical_url"]

    @property
    def introduction_text(self):
        return strip_tags(self.introduction)

    def subpage_slugs(self):
        """The slugs of every snippet this page serves (one query)."""
        raise NotImplementedError

    def subpage_path(self, slug):
        return self.reverse_subpage(self.subpage_route, args=[slug])

    def present_as(self, request, title, description, slug):
        """Meta tags for the subpage being served (never saved)."""
        self._site_cache = Site.find_for_request(request)  # as get_context does
        separator = seo_settings.get("WAGTAILSEO_SEP")
        self.subpage_title = f"{title} {separator} {self.seo_sitename}"
        self.subpage_description = description
        self.subpage_canonical_url = self.get_full_url(request) + self.subpage_path(
            slug
        )

    def get_cached_paths(self):
        return ["/", *(self.subpage_path(slug) for slug in self.subpage_slugs())]

    def get_sitemap_urls(self, request=None):
        page_urls = super().get_sitemap_urls(request)
        base = page_urls[0]
        return [
            *page_urls,
            *(
                {**base, "location": base["location"] + self.subpage_path(slug)}
                for slug in self.subpage_slugs()
            ),
        ]


class SnippetSectionPage(SnippetRoutesMixin, ServedPageMixin, PortalSeoMixin, Page):
    """A one-per-site section under the home page: an introduction, the list of
    its snippets, and a page per snippet."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = SeoMixin.seo_panels

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        abstract = True
