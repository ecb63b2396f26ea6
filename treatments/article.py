"""Reading an article body: its reader-visible text, block by block.

`reader_text` is the one walk over a body. The table of contents, reading
time, the appointment sheet, the claims check (publishing/) and search
highlighting (search/) all read the text it yields, so they agree on what a
reader reads. It walks the body's raw data with the block definitions, so it
makes no queries and works on a saved page, a bound admin form or plain JSON.

What counts as text comes from the block types: character, text and rich text
blocks and table cells are text; choices, numbers, links, images and embeds
are not, nor the children a StructBlock names in its `IDENTIFIERS` (a DOI is
shown and searchable, but it is a code, not prose).
"""

import html
import math
import re
from dataclasses import dataclass

from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

from .blocks import TreatmentBodyBlock

WORDS_PER_MINUTE = 200
WORD_RE = re.compile(r"\w+", re.UNICODE)
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
# The child that names a block, as an editor would look for it.
NAME_FIELDS = ("heading", "title", "caption")
# Raw data without its StreamValue is read as a treatment body.
TREATMENT_BODY = TreatmentBodyBlock()


@dataclass(frozen=True)
class Piece:
    """One leaf of text: its path in the block ("items", 0, "answer"), its
    plain text (one line per paragraph or list item) and, for rich text, the
    source HTML (links in it are sources for the claims check)."""

    path: tuple
    text: str
    html: str = ""


@dataclass(frozen=True)
class BlockText:
    """The text of one body block, at `index` in the body."""

    index: int
    block_type: str
    value: dict  # the block's raw value, for choices such as a callout's variant
    heading: str  # the block's own heading, title or caption ("" if none)
    anchor: str | None  # the table of contents anchor, on blocks with a heading
    pieces: tuple

    @property
    def text(self):
        return "\n".join(piece.text for piece in self.pieces)

    def texts(self, field):
        """The texts under one child of the block, e.g. each warning sign."""
        return [piece.text for piece in self.pieces if piece.path[:1] == (field,)]

    def items(self, field):
        """The pieces of a list child, grouped per item (each FAQ question)."""
        groups = {}
        for piece in self.pieces:
            if piece.path[:1] == (field,) and len(piece.path) > 1:
                groups.setdefault(piece.path[1], []).append(piece)
        return list(groups.values())


def reader_text(body):
    """[BlockText] for every block of `body`, in order.

    `body` is a StreamValue, its `raw_data`, or raw data alone (a list of
    {"type", "value"} dicts, read as a treatment body).
    """
    stream_block, raw_blocks = stream_parts(body)
    taken, article = set(), []
    for index, raw in enumerate(raw_blocks):
        block = stream_block.child_blocks.get(raw["type"])
        if block is None:
            continue  # a block type since removed from the definition
        value = raw["value"]
        heading = block_heading(value)
        anchor = None
        if has_heading_field(block) and heading:
            anchor = section_anchor(heading, taken)
        pieces = tuple(leaf_pieces(block, value, ()))
        article.append(BlockText(index, raw["type"], value, heading, anchor, pieces))
    return article


def stream_parts(body):
    if body is None:
        return None, []
    stream_value = getattr(body, "stream_value", body)  # a StreamValue's raw_data
    if hasattr(stream_value, "stream_block"):
        return stream_value.stream_block, stream_value.raw_data
    return TREATMENT_BODY, body


def leaf_pieces(block, value, path):
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        source = str(getattr(value, "source", value))
        yield Piece(path, rich_text_lines(source), source)
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        if str(value).strip():
            yield Piece(path, str(value))
    elif isinstance(block, TableBlock):
        for cell in block.get_searchable_content(value):
            yield Piece(path, str(cell))
    elif isinstance(block, blocks.StructBlock):
        codes = getattr(block, "IDENTIFIERS", ())
        for name, child in block.child_blocks.items():
            if name not in codes and name in value:
                yield from leaf_pieces(child, value[name], (*path, name))
    elif isinstance(block, blocks.ListBlock):
        for number, item in enumerate(value):
            if is_list_item_record(item):
                item = item["value"]
            yield from leaf_pieces(block.child_block, item, (*path, number))


def is_list_item_record(item):
    """A list item saved in Wagtail's {"type": "item", "value", "id"} format."""
    return (
        isinstance(item, dict)
        and item.get("type") == "item"
        and {"value", "id"} <= item.keys()
    )


def rich_text_lines(source):
    """Rich text as plain text, one line per paragraph or list item."""
    return html.unescape(TAG.sub("", BLOCK_END.sub("\n", source)))


def has_heading_field(block):
    """A block with a heading of its own (a section, the urgent care signs,
    the FAQ, the references...): an entry of the table of contents. A
    callout's title or a table's caption labels the block; it is not a
    heading readers jump to."""
    return "heading" in getattr(block, "child_blocks", {})


def block_heading(value):
    for name in NAME_FIELDS:
        text = value.get(name) if hasattr(value, "get") else None
        if isinstance(text, str) and text.strip():
            return text.strip()
    return ""


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


def sections_with_anchors(body, article):
    """[(bound block, anchor or None)] for the template, from `reader_text`."""
    anchors = {text.index: text.anchor for text in article}
    return [(block, anchors.get(index)) for index, block in enumerate(body)]


def table_of_contents(article):
    return [
        {"anchor": text.anchor, "heading": text.heading, "block_type": text.block_type}
        for text in article
        if text.anchor
    ]


def urgent_care_anchor(article):
    """The anchor of the article's first urgent care block, or None: the
    "When to get help" box at the top of the article links to it."""
    return next(
        (text.anchor for text in article if text.block_type == "urgent_care"), None
    )


def word_count(article):
    return sum(len(WORD_RE.findall(text.text)) for text in article)


def reading_minutes(article):
    return max(1, math.ceil(word_count(article) / WORDS_PER_MINUTE))


def references(body):
    """Every reference in the body, in order: the one place they are read.

    Only the references blocks are converted, so a body's images are not
    fetched for this.
    """
    if body is None:
        return []
    return [
        reference
        for index, raw in enumerate(body.raw_data)
        if raw["type"] == "references"
        for reference in body[index].value["references"]
    ]
