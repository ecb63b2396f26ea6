"""The floor under an uncached article, for bench/pages.sh: the article's own
request, stopped part way, answering a constant body of the article's size.

    /bench-floor/site/<path>     the middleware and the request's Site (one
                                 cache round trip), no routing
    /bench-floor/routed/<path>   Wagtail's serve up to the page: the Site, the
                                 routing (two queries), the before-serve hooks
    /bench-floor/read/<path>     and the two queries get_context adds: the
                                 related links both ways and the conditions

Served by a third gunicorn with the production settings and this URL conf
(`bench.floor_settings`), never by the site. Measured against the trivial view
in the same run, these rows say how much of the 10 % budget is spent before a
template renders.
"""

import os

from django.http import Http404, HttpResponse
from django.urls import path
from wagtail import hooks
from wagtail.models import Page, Site

from portal.urls import urlpatterns as portal_urlpatterns

# bench/pages.sh passes the article's size in bytes.
BODY = b"x" * int(os.environ.get("FLOOR_BODY_BYTES", "57000"))


def site_only(request, page_path):
    if Site.find_for_request(request) is None:
        raise Http404
    return HttpResponse(BODY)


def routed_page(request, page_path):
    route = Page.route_for_request(request, f"/{page_path}")
    if route is None:
        raise Http404
    page, args, kwargs = route
    for hook in hooks.get_hooks("before_serve_page"):
        if isinstance(hook(page, request, args, kwargs), HttpResponse):
            raise Http404
    return page


def routed(request, page_path):
    routed_page(request, page_path)
    return HttpResponse(BODY)


def read(request, page_path):
    page = routed_page(request, page_path)
    page.links_both_ways(request)
    list(page.conditions.all())
    return HttpResponse(BODY)


urlpatterns = [
    path("bench-floor/site/<path:page_path>", site_only),
    path("bench-floor/routed/<path:page_path>", routed),
    path("bench-floor/read/<path:page_path>", read),
    *portal_urlpatterns,
]
