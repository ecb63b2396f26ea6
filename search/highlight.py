"""Result snippets with the query words marked (pure functions).

Text is escaped piece by piece and only our own <mark> tags are added, so
nothing a visitor or an editor typed is ever passed through as HTML.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from treatments.article import reader_text

from .text import normal_form

SNIPPET_LENGTH = 220


def stream_text(body):
    """Plain text of a StreamField (its value, raw data or raw list): headings,
    paragraphs, FAQs, one entry per piece of text, read by
    treatments.article.reader_text."""
    return [
        text
        for block in reader_text(body)
        for piece in block.pieces
        if (text := " ".join(piece.text.split()))
    ]


def word_pattern(words):
    """Matches any query word at the start of a word, plurals included."""
    stems = sorted({normal_form(w) for w in words if w}, key=len, reverse=True)
    if not stems:
        return None
    alternatives = "|".join(re.escape(stem) for stem in stems)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def _window(text, start, length):
    """About `length` characters of `text` around `start`, cut at spaces."""
    if len(text) <= length:
        return text
    begin = max(0, start - length // 3)
    if begin:
        begin = text.find(" ", begin) + 1 or begin
    end = min(len(text), begin + length)
    if end < len(text):
        end = text.rfind(" ", begin, end) if text.rfind(" ", begin, end) > 0 else end
    prefix = "… " if begin else ""
    suffix = " …" if end < len(text) else ""
    return prefix + text[begin:end].strip() + suffix


def best_snippet(texts, words, length=SNIPPET_LENGTH):
    """The first passage that contains a query word, else the first text."""
    pattern = word_pattern(words)
    for text in texts:
        match = pattern.search(text) if pattern else None
        if match:
            return _window(text, match.start(), length)
    return _window(texts[0], 0, length) if texts else ""


def highlight(text, words):
    """`text` escaped, with each query word wrapped in <mark>."""
    pattern = word_pattern(words)
    if not pattern:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    # Safe: every piece above is escaped; only our own <mark> tags are added.
    return mark_safe("".join(pieces))
