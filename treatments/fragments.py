"""HTML fragments this process has rendered, kept under everything they show
(and other results of pure functions of plain data: a body's reader text, a
JSON-LD graph).

A fragment's key is the plain data its rendering reads (titles, URLs, notes:
tuples of strings read on this request, or a digest of them), so the same key
always gives the same result: a changed input is a new key, never a stale
fragment. What else
shapes the HTML, the templates and the code, changes only with a new process
(a deploy), or in development through the autoreloader, which empties this
store when a file changes. Nothing leaves the process: no cache round trip,
no pickling. The store is bounded: when full it starts again empty.
"""

import threading

from django.utils.autoreload import file_changed

MAX_FRAGMENTS = 1000

_fragments = {}
_lock = threading.Lock()


def remembered(key, render):
    """What `render()` gives for `key` (hashable plain data naming every input
    of the rendering), rendered once per process. Callers only read it."""
    html = _fragments.get(key)
    if html is None:
        html = render()
        with _lock:
            if len(_fragments) >= MAX_FRAGMENTS:
                _fragments.clear()
            _fragments[key] = html
    return html


def forget_fragments(**kwargs):
    """Empty the store (a template or code file changed in development)."""
    with _lock:
        _fragments.clear()


file_changed.connect(forget_fragments, dispatch_uid="treatments.fragments")
