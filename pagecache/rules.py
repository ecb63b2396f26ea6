"""What may be served from the page cache, and what may be stored in it.

A cached page is shared by every anonymous reader, so it must hold nothing
that belongs to one visitor: no session, no CSRF token, no flash message, no
search query, no preview, no page behind a view restriction. The rules err
on the side of rendering: a response is stored only when every check passes.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import cc_delim_re, get_max_age

#: Cache-Control directives that forbid sharing a response.
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache"}


def request_may_share(request):
    """An anonymous GET or HEAD with no session and no pending message.

    Read from the cookies alone, so that a cache hit touches neither the
    session store nor the database. An editor always has a session cookie.
    """
    if not settings.PAGE_CACHE or request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
    )


def response_may_share(request, response):
    """Whether the response to a shareable GET may be stored for others."""
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and is_cached_view(request)
        and not getattr(request, "is_preview", False)
        and not used_visitor_state(request, response)
        and not forbids_sharing(response)
        and not is_restricted(request)
    )


def is_cached_view(request):
    """Only the views named in PAGE_CACHE_URL_NAMES: pages, the A-Z, the
    sitemap. Anything new is rendered every time until named there."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name in settings.PAGE_CACHE_URL_NAMES


def used_visitor_state(request, response):
    """The response carries something of this visitor's: a cookie it sets,
    a CSRF token in the page (Django flags its use even when the visitor
    already holds the cookie), or a CSP nonce."""
    return bool(
        response.cookies
        or response.has_header("Set-Cookie")
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or "nonce-" in response.get("Content-Security-Policy", "")
    )


def forbids_sharing(response):
    directives = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
    return bool(
        directives & PRIVATE_DIRECTIVES or get_max_age(response) == 0 or "*" in vary
    )


def is_restricted(request):
    """A page behind a view restriction (password, login, groups): Wagtail
    answers anonymous readers with a form or a redirect, and a visitor who
    passed it holds a session; neither is ever stored, but the page itself
    is checked too in case a restriction ever lets a response through."""
    page = getattr(request, "pagecache_page", None)
    return page is not None and bool(page.get_view_restrictions())
