"""Which pages a visitor may see listed or linked: the one rule for every
surface (cards, listings, the A-Z, search, the sitemap's neighbours, links in
rich text).

A page is visible when it is live and no view restriction (password, login,
groups) on it or on an ancestor bars the request. Without a request (search,
the spelling vocabulary, anything cached for every visitor) the visitor is
anonymous: only live pages under no restriction at all, as Wagtail's
`.live().public()`.

The rule is a `Q` on the page's tree path, so it works on any Wagtail search
backend (path is a filter field) and inside any page queryset, or a test of a
page already loaded (`is_visible`). The restrictions come from the cache
(`view_restrictions.all_restrictions`, no query on a warm request); which of
them bar a request is worked out once per request, however many surfaces ask.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from .view_restrictions import all_restrictions

# Where the request keeps its answer, so that every surface of one page
# shares it.
REQUEST_CACHE = "_treatments_barring_restrictions"


def passes(restriction, request):
    """Whether `request` may see what `restriction` covers. An anonymous
    visitor passes only password restrictions entered in this session."""
    if request is None:
        return False
    user = getattr(request, "user", None)
    if restriction.restriction_type != PageViewRestriction.PASSWORD and not (
        user is not None and user.is_authenticated
    ):
        return False
    return restriction.accept_request(request)


def barring_restrictions(request=None):
    """The view restrictions that `request` has not passed (all of them for
    the anonymous visitor, when None)."""
    cached = getattr(request, REQUEST_CACHE, None)
    if cached is not None:
        return cached
    barring = [r for r in all_restrictions(request) if not passes(r, request)]
    if request is not None:
        setattr(request, REQUEST_CACHE, barring)
    return barring


def barred_q(request=None):
    """Pages under a view restriction that `request` has not passed (the
    anonymous visitor's when None); matches no page when there is none."""
    q = Q()
    for restriction in barring_restrictions(request):
        q |= Q(path__startswith=restriction.page_path) & Q(
            depth__gte=restriction.page_depth
        )
    return q or Q(pk__in=[])  # as Wagtail's private_q: no restriction, no page


def is_visible(page, request=None):
    """`visible_pages` for one page already loaded (its `live` and `path`)."""
    return is_visible_path(page.live, page.path, request)


def is_visible_path(live, path, request=None):
    """`is_visible` for a page read as values (its `live` and tree `path`)."""
    return live and not any(
        path.startswith(restriction.page_path)
        for restriction in barring_restrictions(request)
    )


def visible_pages(queryset, request=None):
    """The pages of `queryset` (any page type) that `request` may see."""
    return queryset.live().exclude(barred_q(request))
