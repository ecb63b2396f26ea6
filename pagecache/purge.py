"""Purging: Django's page cache and the HTTP cache in front, the same URLs.

A change's purge runs once its transaction commits: purged any earlier, a
reader arriving before the commit would put the old page back. The changes
of one transaction (a publish saves the page, its links, its conditions) are
merged so each URL is purged once: every change queues its URLs and a flush
on commit; the first flush to run takes everything queued, the others find
nothing. A change whose transaction rolled back stays queued and is purged
with the next one (a purge too many, never one too few).
"""

import threading

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from . import store
from .shows import Purge

queued = threading.local()


def purge(change):
    """Forget `change`'s URLs (or everything) now, in both caches."""
    if change.everything:
        store.forget_everything()
    store.forget_urls(change.urls)
    PurgeBatch(change.urls).purge()


def purge_on_commit(change):
    queued.changes = [*getattr(queued, "changes", []), change]
    transaction.on_commit(flush)


def flush():
    changes, queued.changes = getattr(queued, "changes", []), []
    if changes:
        merged = Purge()
        for change in changes:
            merged = merged | change
        purge(merged)
