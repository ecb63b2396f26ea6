"""Serve anonymous readers from the page cache, and keep what may be shared.

It sits near the top of the middleware list (portal/settings/base.py): a hit
is answered before the session, authentication and the database are
touched, and the headers of the middleware below it (security headers, CSP,
frame options) are stored with the page. What may be shared is decided in
rules.py, where entries live in store.py.
"""

from . import rules, store

HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not rules.request_may_share(request):
            return self.get_response(request)
        slot = store.slot_for(request)
        cached = store.find(slot)
        if cached is not None:
            cached[HEADER] = "hit"
            if request.method == "HEAD":
                cached.content = b""  # the GET's headers, Content-Length too
            return cached
        response = self.get_response(request)
        if rules.response_may_share(request, response) and store.keep(slot, response):
            response[HEADER] = "miss"
        return response
