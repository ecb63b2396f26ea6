"""Turn a treatment article's fields into the checker's plain `Article`.

Pure over values: the title and summary strings and the body's StreamField
value (from a saved page or a bound admin form), no database access. The body
is read with treatments.article.reader_text; each block becomes one unit
(each FAQ question its own), named the way an editor would look for it:
"Section “What it is”", "FAQ, question “Is it safe?”".
"""

import re

from treatments.article import reader_text, references

from .claims import Article, TextUnit, is_about_cell_free_product

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
    titles = reference_titles(body)
    units = [TextUnit("Title", title or ""), TextUnit("Summary", summary or "")]
    for block in reader_text(body):
        if block.block_type != "references":
            units.extend(block_units(block, titles))
    return Article(
        units=tuple(unit for unit in units if unit.text.strip()),
        regulatory_status=regulatory_status or "",
        cell_free_topic=is_about_cell_free_product(title, summary),
    )


def reference_titles(body):
    return [reference["title"] for reference in references(body)]


def block_units(block, references):
    label = BLOCK_LABELS.get(
        block.block_type, block.block_type.replace("_", " ").capitalize()
    )
    if block.block_type == "faq":
        return [
            unit(f"FAQ, question “{question_of(item)}”", item, references)
            for item in block.items("items")
        ]
    where = f"{label} “{block.heading}”" if block.heading else label
    return [unit(where, block.pieces, references)]


def question_of(item_pieces):
    return next(
        (piece.text for piece in item_pieces if piece.path[-1] == "question"), ""
    )


def unit(where, pieces, references):
    text = "\n".join(piece.text for piece in pieces)
    return TextUnit(
        where=where,
        text=text,
        has_source=any(LINK.search(piece.html) for piece in pieces)
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
