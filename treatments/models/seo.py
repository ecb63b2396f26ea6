"""wagtail-seo's mixin, made cheap to render.

wagtail-seo looks up the page's Site and its SeoSettings afresh for every meta
tag (the title alone asks three times). One page render asks once.
"""

from wagtail.images.models import AbstractImage
from wagtail.models import Site
from wagtailseo.models import SeoMixin, SeoSettings


class PortalSeoMixin(SeoMixin):
    # Every page has a meta description: when its editors wrote none, what the
    # page type says of itself (a page type may set its own).
    seo_default_description = (
        "Plain-language articles on treatments: what each one is, how strong "
        "the evidence is, its regulatory status, reviewed by doctors."
    )

    class Meta:
        abstract = True

    @property
    def seo_description(self):
        return super().seo_description or self.seo_default_description

    def get_context(self, request, *args, **kwargs):
        # The request already knows its Site and caches its settings: reuse
        # them instead of the per-tag lookups wagtail-seo would make.
        self._site_cache = Site.find_for_request(request)
        self.__dict__["seo_org_fields"] = SeoSettings.for_request(request)
        # The meta tags ask for the page's full URL without the request:
        # where Wagtail then looks, the site root paths the request has read
        # (one cache round trip a render, not one per such URL).
        self._wagtail_cached_site_root_paths = self._get_site_root_paths(request)
        return super().get_context(request, *args, **kwargs)

    def get_site(self):
        if not hasattr(self, "_site_cache"):
            self._site_cache = super().get_site()
        return self._site_cache

    @property
    def seo_image(self):
        for attr in self.seo_image_sources:
            image = getattr(self, attr, None)
            if isinstance(image, AbstractImage):
                return image
        # seo_org_fields is the site's SeoSettings, cached per page instance.
        return self.seo_org_fields.og_image_default
