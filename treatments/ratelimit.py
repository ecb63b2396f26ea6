"""Fixed-window rate limits kept in Django's cache (Redis in production).

Shared by every form a visitor posts without signing in (the inquiry form,
"Was this page helpful?"); each caller names its own scope.

Keys hold a keyed hash of the address or email, never the value itself, so
the cache does not become a second store of visitors' addresses.

When the shared cache does not answer (django-redis ignores connection
errors and returns None), the same limit is counted in this process's memory
instead: each app server process then limits on its own, which is looser
across processes but never unlimited, and needs nothing that is down.
"""

import logging

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.utils.crypto import salted_hmac

KEY_SALT = "portal.ratelimit"
logger = logging.getLogger("portal.ratelimit")
local_counters = LocMemCache("ratelimit-fallback", {"OPTIONS": {}})


def rate_key(scope, identity):
    digest = salted_hmac(KEY_SALT, f"{scope}:{identity.lower()}").hexdigest()[:32]
    return f"rate:{scope}:{digest}"


def count_hit(store, key, window_seconds):
    """The hit count after this one, or None if the store did not answer."""
    # add() only sets a missing key, so the window starts at the first hit.
    store.add(key, 0, timeout=window_seconds)
    try:
        return store.incr(key)
    except ValueError:
        # The key expired between add() and incr(): a new window starts.
        store.set(key, 1, timeout=window_seconds)
        return 1


def register_hit(scope, identity, limit, window_seconds):
    """Count one hit; True while the identity is within `limit` per window."""
    if not identity or limit <= 0:
        return True
    key = rate_key(scope, identity)
    count = count_hit(cache, key, window_seconds)
    if count is None:
        logger.warning("shared cache unavailable: counting this limit per process")
        count = count_hit(local_counters, key, window_seconds)
    return count <= limit
