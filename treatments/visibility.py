"""Which pages a visitor may see listed or linked: the one rule for every
surface (cards, listings, the A-Z, search, the sitemap's neighbours, links in
rich text).

A page is visible when it is live and no view restriction (password, login,
groups) on it or on an ancestor bars the request. Without a request (search,
the spelling vocabulary, anything cached for every visitor) the visitor is
anonymous: only live pages under no restriction at all, as Wagtail's
`.live().public()`.

The rule is a `Q` on the page's tree path, so it works on any Wagtail search
backend (path is a filter field) and inside any page queryset. Reading the
restrictions costs one query; with a request it is read once per request,
however many surfaces ask.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

# Where the request keeps its answer, so that every surface of one page
# shares the one read of the restrictions.
REQUEST_CACHE = "_treatments_barred_q"


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


def barred_q(request=None):
    """Pages under a view restriction that `request` has not passed (the
    anonymous visitor's when None); matches no page when there is none."""
    cached = getattr(request, REQUEST_CACHE, None)
    if cached is not None:
        return cached
    pages = Page.objects.all()
    q = Q()
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not passes(restriction, request):
            q |= pages.descendant_of_q(restriction.page, inclusive=True)
    q = q or Q(pk__in=[])  # as Wagtail's private_q: no restriction, no page
    if request is not None:
        setattr(request, REQUEST_CACHE, q)
    return q


def visible_pages(queryset, request=None):
    """The pages of `queryset` (any page type) that `request` may see."""
    return queryset.live().exclude(barred_q(request))
