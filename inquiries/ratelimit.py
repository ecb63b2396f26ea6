"""Fixed-window rate limits kept in Django's cache (Redis in production).

Keys hold a keyed hash of the address or email, never the value itself, so
the cache does not become a second store of visitors' addresses.
"""

from django.core.cache import cache
from django.utils.crypto import salted_hmac

KEY_SALT = "inquiries.ratelimit"


def rate_key(scope, identity):
    digest = salted_hmac(KEY_SALT, f"{scope}:{identity.lower()}").hexdigest()[:32]
    return f"inquiries:rate:{scope}:{digest}"


def register_hit(scope, identity, limit, window_seconds):
    """Count one hit; True while the identity is within `limit` per window."""
    if not identity or limit <= 0:
        return True
    key = rate_key(scope, identity)
    # add() only sets a missing key, so the window starts at the first hit.
    cache.add(key, 0, timeout=window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The key expired between add() and incr(): a new window starts.
        cache.set(key, 1, timeout=window_seconds)
        count = 1
    return count <= limit
