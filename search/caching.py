"""What search keeps in Django's cache, and the versions that retire it.

Every cached value goes through `cached`, one `cache.get_or_set` under a key
made of its kind and the parts it depends on. The parts include a version
(search.signals replaces them): the content version covers everything a
ranking depends on (cached rankings, suggestions, the spelling vocabulary);
the synonyms and the editors' picks change only when an editor edits them, so
they have versions of their own and survive the publishing of a page.
Versions are random tokens rather than counters: if the cache evicts one, the
new one cannot match keys written under the old one.
"""

import hashlib
import uuid

from django.core.cache import cache

CACHE_SECONDS = 10 * 60


def cache_key(kind, *parts):
    return f"search:{kind}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def cached(kind, parts, compute, timeout=CACHE_SECONDS):
    """The value cached for (`kind`, *`parts`), else `compute()`, cached."""
    return cache.get_or_set(cache_key(kind, *parts), compute, timeout)


def current(name):
    """The version called `name`; a new one if the cache holds none. Two
    requests that find none agree on one: get_or_set adds, then re-reads."""
    return cached("version", (name,), lambda: uuid.uuid4().hex, timeout=None)


def bump(*names):
    """New versions for `names`: what was cached under the old ones is unused."""
    versions = {cache_key("version", name): uuid.uuid4().hex for name in names}
    cache.set_many(versions, timeout=None)


def content_version():
    return current("content")


def bump_content_version(**kwargs):
    bump("content")
