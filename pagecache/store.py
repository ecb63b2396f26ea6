"""Where cached pages are kept: the only code that knows a page-cache key.

An entry is kept under the request's address and carries the two random
tokens that were current when its request started:

- the generation, one for the whole cache: a site-wide change (a setting,
  a section page, a site) replaces it, and every entry is left unused;
- the path token, one per URL path: a purge of a path replaces it, and every
  variant of that path is left unused at once (any query string, any host
  name, GET and HEAD, which share the GET's entry).

A lookup reads both tokens and the entry in one round trip, and serves the
entry only when the tokens it carries are the current ones. A purge that
lands while a page renders replaces the tokens, so that page is stored with
tokens nobody holds any more: it can never bring back what the purge
removed. A token not in the cache yet is added at store time, and only if
nobody added one in the meantime (a purge, or another request): otherwise
the page is not kept.

Tokens are random rather than counters so that one evicted by the cache
cannot come back with its old value. Cache errors (a Redis outage) are
ignored by the cache backend's configuration: a lookup is a miss, a store is
lost.
"""

import hashlib
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "pagecache:generation"


def path_key(path):
    return "pagecache:path:" + hashlib.sha256(path.encode()).hexdigest()


def new_token():
    return uuid.uuid4().hex


def entry_key(address):
    return "pagecache:page:" + hashlib.sha256(address.encode()).hexdigest()


@dataclass
class Slot:
    """Where the response to one request would be kept, and what was there."""

    entry_key: str  # from the scheme, host, path and query string
    path_key: str
    generation: str | None
    path_token: str | None
    # (generation, path token, content, headers), as some request stored it.
    stored: tuple | None


def slot_for(request):
    """The request's slot, with the tokens as they are now and the entry kept
    under its address (one round trip)."""
    query = request.META.get("QUERY_STRING", "")
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    entry, path = entry_key(address), path_key(request.path)
    found = cache.get_many([GENERATION_KEY, path, entry])
    return Slot(
        entry, path, found.get(GENERATION_KEY), found.get(path), found.get(entry)
    )


def find(slot):
    """The cached response for `slot`, or None: only an entry stored under
    the tokens that are current now."""
    if slot.generation is None or slot.path_token is None or slot.stored is None:
        return None
    generation, path_token, content, headers = slot.stored
    if (generation, path_token) != (slot.generation, slot.path_token):
        return None
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


def keep(slot, response):
    """Store `response` under the tokens `slot` read when its request started;
    False when it is not kept (a token set meanwhile, or the cache away: a
    lookup that read no token and cannot add one)."""
    generation = slot.generation or token_added(GENERATION_KEY)
    path_token = slot.path_token or token_added(slot.path_key)
    if generation is None or path_token is None:
        return False  # a purge (or another request) set a token after we read it
    stored = (generation, path_token, response.content, list(response.items()))
    cache.set(slot.entry_key, stored, settings.PAGE_CACHE_SECONDS)
    return True


def token_added(key):
    """A new token under `key` if none is there, else None."""
    token = new_token()
    if cache.add(key, token, token_timeout(key)):
        return token
    return None


def token_timeout(key):
    # The generation stays; a path token outlives the entries it names.
    return None if key == GENERATION_KEY else settings.PAGE_CACHE_SECONDS * 2


def forget_urls(urls):
    """Every cached variant of each URL's path is left unused."""
    paths = {urlsplit(url).path or "/" for url in urls}
    cache.set_many(
        {path_key(path): new_token() for path in paths},
        settings.PAGE_CACHE_SECONDS * 2,
    )


def forget_everything():
    """Every cached page of every site is left unused."""
    cache.set(GENERATION_KEY, new_token(), None)
