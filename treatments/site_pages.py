"""The live page of a type on the request's site (the treatments section, the
inquiry form), or all of them (the policy pages), for links every page shows.

The answers are cached until any page or view restriction is saved, moved or
deleted, so the header, the footer and calls to action cost no query on a
warm request. They are shared by every visitor, so they are the pages an
anonymous visitor may see (treatments.visibility): a section behind a
password is linked from nowhere.
"""

from dataclasses import dataclass

from django.core.cache import cache
from wagtail.models import Page, PageViewRestriction, Site

from .page_places import page_url
from .visibility import visible_pages

CACHE_KEY = "treatments:site-pages"
# The answers as read once per request: the header, the footer and the calls
# to action ask up to ten times.
REQUEST_CACHE = "_treatments_site_pages"
# ... and the pages built from them, once each (a page instance is not cheap).
REQUEST_PAGES = "_treatments_site_page_objects"


def first_live_page(site, model):
    """(id, url_path) of the first `model` page in `site` that anyone may
    see, or None."""
    page = (
        visible_pages(model.objects.all())
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .values_list("pk", "url_path")
        .first()
    )
    return tuple(page) if page else None


def known_pages(request, key, read):
    """The cached answers, read from the cache once per request, with `key`
    among them (`read()` from the database when missing)."""
    known = getattr(request, REQUEST_CACHE, None)
    if known is None:
        known = cache.get(CACHE_KEY) or {}
    if key not in known:
        known = {**known, key: read()}
        cache.set(CACHE_KEY, known, None)
    setattr(request, REQUEST_CACHE, known)
    return known


def live_page(request, model):
    """A `model` page that `{% pageurl %}` and `{% routablepageurl %}` can link
    to (only its id and url_path are set), or None when the site has none."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    key = (site.pk, model._meta.label_lower)
    built = request.__dict__.setdefault(REQUEST_PAGES, {})
    if key not in built:
        found = known_pages(request, key, lambda: first_live_page(site, model))[key]
        built[key] = None if found is None else model(id=found[0], url_path=found[1])
    return built[key]


def all_live_pages(site, model):
    """(id, url_path, title) of every `model` page in `site` that anyone may
    see, in tree order."""
    pages = (
        visible_pages(model.objects.all())
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .values_list("pk", "url_path", "title")
    )
    return [tuple(page) for page in pages]


@dataclass(frozen=True)
class PageLink:
    pk: int
    title: str
    url: str


def live_links(request, model):
    """Every visible `model` page of the site (the footer's policy pages) as
    a PageLink, its URL as `{% pageurl %}` writes it; no page instance is
    built. Cached like live_page."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = (site.pk, model._meta.label_lower, "all")
    known = known_pages(request, key, lambda: all_live_pages(site, model))
    return [
        PageLink(pk, title, page_url(pk, url_path, request))
        for pk, url_path, title in known[key]
    ]


def forget_site_pages(**kwargs):
    """Receiver for page and view restriction saves, moves and deletions: the
    links are read again."""
    if isinstance(kwargs.get("instance"), Page | PageViewRestriction):
        cache.delete(CACHE_KEY)
