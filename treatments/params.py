"""Query parameters as views may use them: one value each, printable, short.

Visitors (and scanners) can send anything in a query string: NUL and other
control characters (which PostgreSQL refuses in text), megabytes of text, a
name repeated a hundred times. Views read their parameters through here, so
every one of them gets the same answer to that.
"""

import re
from functools import wraps

from django.http import QueryDict

DEFAULT_MAX_LENGTH = 200
# C0 and C1 control characters, DEL included: none has a place in a search
# word, a slug or a page number. Each becomes U+FFFD rather than vanishing,
# so "a\x00" is not taken for "a" and the view can say it knows no such value.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"


def clean_value(raw, max_length=DEFAULT_MAX_LENGTH):
    """`raw` with control characters replaced, stripped and cut to `max_length`."""
    text = CONTROL_CHARACTERS.sub(REPLACEMENT, str(raw or ""))
    return text[:max_length].strip()


def cleaned_query(query, names, max_length=DEFAULT_MAX_LENGTH):
    """A QueryDict of only `names`, each with its last value cleaned.

    `max_length` is one number or {name: number}.
    """
    cleaned = QueryDict(mutable=True)
    for name in names:
        if name not in query:
            continue
        limit = (
            max_length.get(name, DEFAULT_MAX_LENGTH)
            if isinstance(max_length, dict)
            else max_length
        )
        cleaned[name] = clean_value(query.get(name), limit)
    cleaned._mutable = False
    return cleaned


def cleans_query(*names, **max_lengths):
    """Decorate a view so request.GET holds only `names`, cleaned.

    The view keeps reading request.GET as usual; anything else a visitor
    added is gone before it looks.
    """

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            request.GET = cleaned_query(request.GET, names, max_lengths)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
