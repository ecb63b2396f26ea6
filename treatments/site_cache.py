"""The request's Site, found without a query on a warm request.

Wagtail finds a request's Site with one query per request and then loads the
site's root page (`site.root_page.specific`) with another before routing. A
site has few Site rows, so they are cached here with their specific root
pages, and `CachedSiteMiddleware` hands Wagtail the request's Site the way
Wagtail caches it itself (`request._wagtail_site`). The cache is dropped when
a Site is saved or deleted and when any page is saved, moved or deleted (the
root page's content, slug or URL may have changed). The site settings pages
show (`site_settings`), the view restrictions (`view_restrictions`) and the
section links (`site_pages`) come in the same round trip.
"""

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from . import site_pages, view_restrictions
from .site_settings import CACHE_KEY as SETTINGS_KEY
from .site_settings import hand_to_request, site_settings

CACHE_KEY = "treatments:sites"

# Read with the sites and left on the request, where their modules look first.
HANDED_OVER = {
    view_restrictions.CACHE_KEY: view_restrictions.REQUEST_CACHE,
    site_pages.CACHE_KEY: site_pages.REQUEST_CACHE,
}

# Wagtail's order of preference (wagtail.models.sites.get_site_for_hostname).
HOSTNAME_PORT, HOSTNAME_DEFAULT, DEFAULT, HOSTNAME = range(4)


def cached_sites(sites=None):
    """Every Site, its root page loaded as its specific type, cached (`sites`:
    what the cache held, when the caller already asked it)."""
    if sites is None:
        sites = cache.get(CACHE_KEY)
    if sites is None:
        sites = list(Site.objects.select_related("root_page"))
        for site in sites:
            site.root_page = site.root_page.specific
        cache.set(CACHE_KEY, sites, None)
    return sites


def match(site, hostname, port):
    if site.hostname == hostname:
        if site.port == port:
            return HOSTNAME_PORT
        return HOSTNAME_DEFAULT if site.is_default_site else HOSTNAME
    return DEFAULT if site.is_default_site else None


def site_for_hostname(sites, hostname, port):
    """The Site Wagtail's own lookup would pick, or None."""
    ranked = sorted(
        (
            (rank, site.hostname.lower(), site)
            for site in sites
            if (rank := match(site, hostname, port)) is not None
        ),
        key=lambda entry: entry[:2],
    )
    if not ranked:
        return None
    first_rank, _, first = ranked[0]
    if len(ranked) == 1 or first_rank in (HOSTNAME_PORT, HOSTNAME_DEFAULT):
        return first
    # The default site first, then hostname matches: a single hostname match
    # wins over the default, several do not.
    return ranked[len(ranked) == 2][2]


class CachedSiteMiddleware:
    """Sets the request's Site before the view runs. Views that need none (a
    health probe) say so with `needs_no_site = True` and skip the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "needs_no_site", False):
            return None
        # The small things every page reads, in one cache round trip: the
        # sites, their settings, the view restrictions and the section links.
        found = cache.get_many([CACHE_KEY, SETTINGS_KEY, *HANDED_OVER])
        for key, attribute in HANDED_OVER.items():
            if key in found:
                setattr(request, attribute, found[key])
        hostname = split_domain_port(request._get_raw_host())[0]
        site = site_for_hostname(
            cached_sites(found.get(CACHE_KEY)), hostname, request.get_port()
        )
        request._wagtail_site = site
        if site is not None:
            hand_settings_to_request(request, site, found.get(SETTINGS_KEY) or {})
        return None


def hand_settings_to_request(request, site, known):
    """The site's settings (treatments.site_settings) where Wagtail's
    `for_request` looks first, read and cached when the cache had none."""
    settings_of_site, read = site_settings(known, site)
    if read:
        cache.set(SETTINGS_KEY, {**known, site.pk: settings_of_site}, None)
    hand_to_request(request, settings_of_site)


def forget_sites(**kwargs):
    """Receiver for Site and page changes: read the sites again."""
    if isinstance(kwargs.get("instance"), Page | Site):
        cache.delete(CACHE_KEY)
