"""Reading aids derived from an article body: table of contents, reading time.

Pure functions over a StreamField value so that the page, the search index
and the tests agree on one definition.
"""

import math
import re

from django.utils.html import strip_tags
from django.utils.text import slugify

WORDS_PER_MINUTE = 200
WORD_RE = re.compile(r"\w+", re.UNICODE)


def section_anchor(heading, taken):
    """A readable anchor for a heading, unique among `taken` (which it updates).

    Anchors depend only on the headings and their order, so the same article
    always gets the same anchors and links to them keep working.
    """
    base = slugify(heading) or "section"
    anchor, number = base, 2
    while anchor in taken:
        anchor = f"{base}-{number}"
        number += 1
    taken.add(anchor)
    return anchor


def sections_with_anchors(body):
    """[(block, anchor or None)] for every block, anchors only on sections."""
    taken = set()
    pairs = []
    for block in body:
        anchor = None
        if block.block_type == "section":
            anchor = section_anchor(block.value["heading"], taken)
        pairs.append((block, anchor))
    return pairs


def table_of_contents(body_pairs):
    return [
        {"anchor": anchor, "heading": block.value["heading"]}
        for block, anchor in body_pairs
        if anchor
    ]


def block_plain_text(value):
    """All reader-visible text of a block value, tags removed."""
    if hasattr(value, "source"):  # RichText
        return strip_tags(value.source)
    if isinstance(value, str):
        return value
    if isinstance(value, dict) or hasattr(value, "items"):
        return " ".join(block_plain_text(child) for child in value.values())
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__"):
        return " ".join(block_plain_text(child) for child in value)
    return ""


def word_count(body):
    text = " ".join(block_plain_text(block.value) for block in body)
    return len(WORD_RE.findall(text))


def reading_minutes(body):
    return max(1, math.ceil(word_count(body) / WORDS_PER_MINUTE))
