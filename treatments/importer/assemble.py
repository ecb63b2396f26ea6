"""From an Outline to the fields of a TreatmentPage: title, summary, body.

The body is StreamField data in its stored form ([{"type", "value"}]) with the
limits of the blocks in treatments/blocks.py respected, so what the importer
saves opens in the admin editor without errors.
"""

import re
from dataclasses import dataclass, field

from .citations import number_citations
from .containers import container_blocks
from .outline import Container, is_references_heading
from .references import (
    cited_key,
    has_identifier,
    parse_reference,
    reference_items,
    resolve_key,
)
from .source import ArticleError, Notice, fit

TITLE_MAX = 255
SUMMARY_MAX = 400
HEADING_MAX = 120
QUESTION_MAX = 250
INTRO_HEADING = "Overview"
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"’)])\s+")


@dataclass
class ImportedArticle:
    title: str
    summary: str
    body: list
    notices: list = field(default_factory=list)
    # Page fields from the front matter (front_matter.FIELDS), typed.
    metadata: dict = field(default_factory=dict)

    def count(self, block_type):
        return sum(1 for block in self.body if block["type"] == block_type)

    @property
    def faq_item_count(self):
        return sum(
            len(block["value"]["items"])
            for block in self.body
            if block["type"] == "faq"
        )

    @property
    def reference_count(self):
        return sum(
            len(block["value"]["references"])
            for block in self.body
            if block["type"] == "references"
        )


def cut_summary(text, limit=SUMMARY_MAX):
    """At most `limit` characters, ending at a sentence, else at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    summary = ""
    for sentence in SENTENCE_END_RE.split(text):
        longer = f"{summary} {sentence}".strip()
        if len(longer) > limit:
            break
        summary = longer
    if summary:
        return summary
    words = text[: limit - 1].rsplit(" ", 1)[0]
    return words.rstrip(" ,;:-–—") + "…"


def build_article(outline, reader, metadata=None, library=None):
    """The ImportedArticle of an outline; `metadata` is the parsed front matter,
    `library` the {key: reference} that `[@key]` citations resolve against."""
    metadata = metadata or {}
    outline = number_citations(outline)
    notices = list(outline.notices)
    title = fit(outline.title.strip(), TITLE_MAX, outline.title_line, "title", notices)
    if not title:
        raise ArticleError("The article has no title: its first heading is empty.")
    body = []
    for section in outline.sections:
        body.extend(section_blocks(section, reader, notices, library))
    intro_text = reader.to_plain(outline.intro)
    summary = metadata.get("summary") or cut_summary(intro_text)
    if intro_text and (summary != intro_text or not body):
        intro = reader.to_richtext(outline.intro, allow_headings=True)
        body.insert(0, _section(INTRO_HEADING, intro))
    if not body:
        raise ArticleError("The article has a title but no text: nothing to import.")
    if not summary:
        summary = cut_summary(_first_section_text(outline, reader))
    article = ImportedArticle(
        title=title, summary=summary, body=body, notices=notices, metadata=metadata
    )
    if not article.reference_count and not _has_references_section(outline):
        notices.append(
            Notice(None, "no References section: publishing needs at least one source")
        )
    return article


def section_blocks(section, reader, notices, library=None):
    if isinstance(section, Container):
        return container_blocks(section, notices)
    heading = fit(section.heading, HEADING_MAX, section.line, "heading", notices)
    if section.questions:
        return faq_blocks(section, heading, reader, notices)
    if is_references_heading(heading):
        references = references_block(section, heading, notices, library)
        if references:
            return [references]
    content = reader.to_richtext(section.lines, allow_headings=True)
    if not content:
        notices.append(
            Notice(section.line, f"heading “{heading}” has no text under it; skipped")
        )
        return []
    return [_section(heading, content)]


def faq_blocks(section, heading, reader, notices):
    blocks = []
    preface = reader.to_richtext(section.lines, allow_headings=True)
    if preface:
        notices.append(
            Notice(
                section.line,
                f"text before the first question of “{heading}” kept as a section",
            )
        )
        blocks.append(_section(heading, preface))
    items = []
    for question in section.questions:
        answer = reader.to_richtext(question.lines)
        text = fit(question.text, QUESTION_MAX, question.line, "question", notices)
        if not answer:
            notices.append(
                Notice(question.line, f"question “{text}” has no answer; skipped")
            )
            continue
        items.append({"question": text, "answer": answer})
    if items:
        blocks.append({"type": "faq", "value": {"heading": heading, "items": items}})
    return blocks


def references_block(section, heading, notices, library=None):
    """A references block if every item of the section parses, else None.

    An item that is only a `[@key]` citation is the library's entry for that
    key; the library's entries were checked when it was read.
    """
    items = reference_items(section.lines)
    if not any(has_identifier(text) or cited_key(text) for _, text in items):
        notices.append(
            Notice(
                section.line,
                f"“{heading}” has no DOI or PMID: kept as text. Publishing needs "
                "a References block with at least one source.",
            )
        )
        return None
    parsed = [
        (number, resolve_key(key, library, number))
        if (key := cited_key(text))
        else (number, parse_reference(text))
        for number, text in items
    ]
    unreadable = [number for number, value in parsed if value is None]
    for number in unreadable:
        notices.append(
            Notice(
                number,
                "reference not in the form “Authors. Title. Journal, year. "
                f"DOI or PMID”: “{heading}” kept as text, add the sources as a "
                "References block in the editor",
            )
        )
    if unreadable:
        return None
    return {
        "type": "references",
        "value": {"heading": heading, "references": [value for _, value in parsed]},
    }


def _section(heading, content):
    return {"type": "section", "value": {"heading": heading, "content": content}}


def _first_section_text(outline, reader):
    for section in outline.sections:
        if isinstance(section, Container):
            continue
        text = reader.to_plain(section.lines)
        if text:
            return text
    return ""


def _has_references_section(outline):
    return any(
        is_references_heading(section.heading)
        for section in outline.sections
        if not isinstance(section, Container)
    )
