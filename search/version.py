"""Versions: tokens that change whenever what a search can find changes
(search.signals replaces them).

The content version covers everything a ranking depends on: cached rankings
(search.engine.find, search.suggestions) and the spelling vocabulary are keyed
by it. The synonyms and the editors' picks change only when an editor edits
them, so they are also cached under their own versions and survive the
publishing of a page. Random tokens in the cache rather than counters: if the
cache evicts one, the new one cannot match keys written under the old one.
"""

import uuid

from django.core.cache import cache


def current(name):
    key = f"search:{name}-version"
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(key, version, None):
            version = cache.get(key) or version
    return version


def bump(*names):
    cache.set_many({f"search:{name}-version": uuid.uuid4().hex for name in names}, None)


def content_version():
    return current("content")


def bump_content_version(**kwargs):
    bump("content")
