"""Page view restrictions, read once and cached until one changes.

Wagtail reads them from the database on every page served (the privacy check
asks for the page's ancestors, then their restrictions) and for every
`.public()` filter. A site has a handful, and they change when an editor sets
a page's privacy or moves a page, so they are cached until a restriction is
saved or deleted, or any page is saved, moved or deleted (paths change).
"""

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

CACHE_KEY = "treatments:view-restrictions"
# Where a request keeps them once read (treatments.site_cache reads them with
# the site, in the same cache round trip).
REQUEST_CACHE = "_treatments_view_restrictions"


def all_restrictions(request=None):
    """[PageViewRestriction] with their page's path and depth set, cached;
    read from the cache once per `request` when one is given."""
    restrictions = getattr(request, REQUEST_CACHE, None)
    if restrictions is None:
        restrictions = shared_restrictions()
        if request is not None:
            setattr(request, REQUEST_CACHE, restrictions)
    return restrictions


def shared_restrictions():
    restrictions = cache.get(CACHE_KEY)
    if restrictions is None:
        restrictions = list(PageViewRestriction.objects.all())
        # Only what the checks need travels in the cache, not whole pages.
        places = {
            pk: (path, depth)
            for pk, path, depth in Page.objects.filter(
                pk__in=[restriction.page_id for restriction in restrictions]
            ).values_list("pk", "path", "depth")
        }
        for restriction in restrictions:
            restriction.page_path, restriction.page_depth = places[restriction.page_id]
        cache.set(CACHE_KEY, restrictions, None)
    return restrictions


def restrictions_over(path, restrictions=None):
    """The restrictions on the page at `path` or any of its ancestors, among
    `restrictions` (else all of them)."""
    if restrictions is None:
        restrictions = all_restrictions()
    return [r for r in restrictions if path.startswith(r.page_path)]


def private_q():
    """What Wagtail's `PageQuerySet.private_q` builds, from the cache."""
    q = Q()
    for restriction in all_restrictions():
        q |= Q(path__startswith=restriction.page_path) & Q(
            depth__gte=restriction.page_depth
        )
    return q if q else Q(pk__in=[])


def forget_view_restrictions(**kwargs):
    """Receiver for restriction and page changes: read them again."""
    if isinstance(kwargs.get("instance"), Page | PageViewRestriction):
        cache.delete(CACHE_KEY)
