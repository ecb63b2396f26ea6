"""Development only: an unknown address shows the site's own 404 page.

With DEBUG on, Django answers a 404 with its technical page (the URL patterns
tried), so a developer never sees what visitors will. This middleware, added
by portal/settings/dev.py (SITE_404_IN_DEBUG, on by default), answers as
production does, with home.views.page_not_found, for both kinds of 404:

- a view or page raised Http404 (Wagtail's page serving, a routable page,
  get_object_or_404): `process_exception`;
- no URL pattern matched at all (the request has no `resolver_match`).

Only 404s: a server error still shows Django's traceback page in development.
"""

from django.http import Http404

from .views import page_not_found


class SiteNotFoundPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and request.resolver_match is None:
            return page_not_found(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
