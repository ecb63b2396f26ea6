"""Turn a treatment article's fields into the checker's plain `Article`.

Pure over values: the title and summary strings and the body's StreamField
value (from a saved page or a bound admin form), no database access. Each
body block becomes one unit (each FAQ question its own), named the way an
editor would look for it: "Section “What it is”", "FAQ, question “Is it safe?”".
"""

import html
import re

from .claims import Article, TextUnit, is_about_cell_free_product

BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
LINK = re.compile(r"<a\s[^>]*href=", re.IGNORECASE)
CITATION_NUMBER = re.compile(r"\[(\d{1,3})\]")

BLOCK_LABELS = {
    "section": "Section",
    "callout": "Callout",
    "urgent_care": "Urgent care box",
    "image": "Image",
    "faq": "FAQ",
    "table": "Table",
    "video": "Video",
    "key_facts": "Key facts",
}


def article_from_fields(title, summary, regulatory_status, body):
    """The checker's view of an article. `body` is a StreamValue or None."""
    references = reference_titles(body)
    units = [TextUnit("Title", title or ""), TextUnit("Summary", summary or "")]
    for block in body or []:
        if block.block_type != "references":
            units.extend(block_units(block.block_type, block.value, references))
    return Article(
        units=tuple(unit for unit in units if unit.text.strip()),
        regulatory_status=regulatory_status or "",
        cell_free_topic=is_about_cell_free_product(title, summary),
    )


def reference_titles(body):
    return [
        reference["title"]
        for block in body or []
        if block.block_type == "references"
        for reference in block.value["references"]
    ]


def block_units(block_type, value, references):
    label = BLOCK_LABELS.get(block_type, block_type.replace("_", " ").capitalize())
    if block_type == "faq":
        return [
            unit(
                f"FAQ, question “{item['question']}”",
                [item["question"], item["answer"]],
                references,
            )
            for item in value["items"]
        ]
    name = first_text(value, "heading", "title", "caption")
    where = f"{label} “{name}”" if name else label
    return [unit(where, list(child_values(value)), references)]


def unit(where, parts, references):
    sources = [part.source for part in parts if hasattr(part, "source")]
    text = "\n".join(plain_text(part) for part in parts)
    return TextUnit(
        where=where,
        text=text,
        has_source=any(LINK.search(source) for source in sources)
        or cites_reference(text, references),
    )


def cites_reference(text, reference_titles):
    """A reference number in range, or a reference's title quoted in the text."""
    numbers = {int(number) for number in CITATION_NUMBER.findall(text)}
    if any(1 <= number <= len(reference_titles) for number in numbers):
        return True
    lowered = " ".join(text.lower().split())
    return any(
        len(title) > 15 and " ".join(title.lower().split()) in lowered
        for title in reference_titles
    )


def first_text(value, *names):
    for name in names:
        text = value.get(name) if hasattr(value, "get") else None
        if isinstance(text, str) and text.strip():
            return text.strip()
    return ""


def child_values(value):
    """Every reader-visible leaf of a block value, in order."""
    if hasattr(value, "source") or isinstance(value, str):
        yield value
    elif hasattr(value, "items") and callable(value.items):
        for name, child in value.items():
            if name in ("variant", "image", "video", "cell", "mergeCells"):
                continue  # choices and media, not reader text
            yield from child_values(child)
    elif isinstance(value, (list, tuple)) or hasattr(value, "__iter__"):
        for child in value:
            yield from child_values(child)


def plain_text(value):
    """Rich text or a string as plain text, one line per paragraph or item."""
    if hasattr(value, "source"):
        source = BLOCK_END.sub("\n", value.source)
        return html.unescape(TAG.sub("", source))
    if isinstance(value, str):
        return value
    return ""
