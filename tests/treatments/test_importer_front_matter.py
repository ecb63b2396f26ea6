"""Front matter above a Markdown article: a small, strict subset of YAML."""

import datetime

import pytest

from treatments.importer import ArticleError, parse_article
from treatments.importer.front_matter import Related

ARTICLE = """\
---
# A comment line is skipped.
slug: minoxidil
summary: A liquid or foam for the scalp. Long values continue
  on indented lines.
evidence_level: established
regulatory_status: approved
regulatory_note: Approved for pattern hair loss.
conditions:
  - androgenetic-alopecia
  - telogen-effluvium
reviewer: Dr Alex Rivera (sample)
last_reviewed: 2026-05-04
next_review_due: 2027-01-31
related:
  - finasteride | combined | Often used
    together.
  - exosomes | see_also |
---

# Topical minoxidil

## How it works

It widens blood vessels.

## References

- Adil A, Godwin M. Treatments. J Am Acad Dermatol, 2017. PMID: 28396101
"""


def with_front_matter(lines):
    return parse_article(f"---\n{lines}\n---\n\n# T\n\n## Part\n\nText.\n", "markdown")


def test_front_matter_fields_are_typed_and_folded():
    article = parse_article(ARTICLE, "markdown")
    assert article.metadata == {
        "slug": "minoxidil",
        "summary": "A liquid or foam for the scalp. Long values continue on "
        "indented lines.",
        "evidence_level": "established",
        "regulatory_status": "approved",
        "regulatory_note": "Approved for pattern hair loss.",
        "conditions": ["androgenetic-alopecia", "telogen-effluvium"],
        "reviewer": "Dr Alex Rivera (sample)",
        "last_reviewed": datetime.date(2026, 5, 4),
        "next_review_due": datetime.date(2027, 1, 31),
        "related": [
            Related("finasteride", "combined", "Often used together."),
            Related("exosomes", "see_also", ""),
        ],
    }
    assert article.title == "Topical minoxidil"
    assert article.notices == []


def test_front_matter_summary_replaces_the_introduction_summary():
    article = parse_article(ARTICLE, "markdown")
    assert article.summary == article.metadata["summary"]
    assert [block["type"] for block in article.body] == ["section", "references"]


def test_notices_keep_the_line_numbers_of_the_whole_file():
    text = ARTICLE.replace("It widens", "It widens [TODO source] the")
    article = parse_article(text, "markdown")
    assert [str(n) for n in article.notices] == [
        "line 25: removed editorial placeholder “[TODO source]”"
    ]


def test_without_front_matter_nothing_changes():
    article = parse_article("# T\n\nIntro.\n\n## Part\n\nText.\n", "markdown")
    assert article.metadata == {}
    assert article.summary == "Intro."


def test_plain_text_articles_have_no_front_matter():
    article = parse_article("---\nslug: x\n---\n\nTitle\n\nText.\n", "text")
    assert article.metadata == {}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("colour: blue", "line 2: unknown field “colour”"),
        ("slug: a\nslug: b", "line 3: “slug” is given twice"),
        ("evidence_level: strong", "line 2: “strong” is not one of established"),
        ("regulatory_status: maybe", "“maybe” is not one of approved"),
        ("last_reviewed: 4 May 2026", "“4 May 2026” is not a date"),
        ("conditions: alopecia", "“conditions” takes a list of - items"),
        ("slug:\n  - a", "“slug” takes one value"),
        ("related:\n  - minoxidil | alternative", "is “slug | relation | note”"),
        ("related:\n  - minoxidil | rival | note", "“rival” is not one of"),
        ("just some words", "line 2: front matter lines are “key: value”"),
        ("summary: " + "x" * 401, "the summary is 401 characters; at most 400"),
    ],
)
def test_front_matter_is_strict(lines, message):
    with pytest.raises(ArticleError, match=message):
        with_front_matter(lines)


def test_unclosed_front_matter_stops_the_import():
    with pytest.raises(ArticleError, match="line 1: the front matter opened here"):
        parse_article("---\nslug: x\n\n# T\n\nText.\n", "markdown")
