"""The content version: a token that changes whenever what a search can find
changes (search.signals replaces it).

Cached rankings (search.engine.find, search.suggestions) and the spelling
vocabulary are keyed by it. A random token in the cache rather than a
counter: if the cache evicts it, the new one cannot match keys written under
an old one.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "search:content-version"


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    return version


def bump_content_version(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)
