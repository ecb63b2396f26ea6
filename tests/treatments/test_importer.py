"""The article importer on strings: pure functions, no database."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from treatments.blocks import BASIC_RICH_TEXT, SECTION_RICH_TEXT
from treatments.importer import (
    ArticleError,
    cut_summary,
    format_for,
    parse_article,
    read_article,
)


def md(text):
    return parse_article(text, "markdown")


def txt(text):
    return parse_article(text, "text")


def blocks_of(article, block_type):
    return [block["value"] for block in article.body if block["type"] == block_type]


def headings(article):
    return [value["heading"] for value in blocks_of(article, "section")]


def content(article, heading):
    for value in blocks_of(article, "section"):
        if value["heading"] == heading:
            return BeautifulSoup(value["content"], "html.parser")
    raise AssertionError(f"no section {heading!r} in {headings(article)}")


def notices(article):
    return [str(notice) for notice in article.notices]


# Headings and sections ----------------------------------------------------


def test_markdown_title_and_sections_from_headings():
    article = md(
        "# Minoxidil\n\nA lotion for thinning hair.\n\n"
        "## How it works\n\nIt widens blood vessels.\n\n"
        "# Side effects\n\nItching.\n\n### On the scalp\n\nDryness.\n"
    )
    assert article.title == "Minoxidil"
    assert article.summary == "A lotion for thinning hair."
    assert headings(article) == ["How it works", "Side effects"]
    side_effects = content(article, "Side effects")
    assert side_effects.select_one("h3").get_text() == "On the scalp"
    assert [p.get_text() for p in side_effects.select("p")] == ["Itching.", "Dryness."]


def test_markdown_setext_headings_and_fenced_hashes():
    article = md(
        "Finasteride\n===========\n\nA tablet.\n\n"
        "Who takes it\n------------\n\nMen.\n\n```\n# not a heading\n```\n"
    )
    assert article.title == "Finasteride"
    assert headings(article) == ["Who takes it"]
    assert "# not a heading" in content(article, "Who takes it").get_text()


def test_plain_text_headings_are_short_lines_followed_by_a_paragraph():
    article = txt(
        "Hair transplant surgery\n\n"
        "Hair is moved from the back of the head.\n\n"
        "How it is done\n\n"
        "Follicles are taken one by one.\n\n"
        "Does it hurt?\n\n"
        "The scalp is numbed first.\n\n"
        "Recovery takes a week.\n\n"
        "It is a long operation, often lasting most of a day and with several "
        "stages that differ between clinics and surgeons\n\n"
        "Results show after months.\n\n"
        "a lowercase fragment\n\n"
        "Not a heading either.\n\n"
        "Closing line without paragraph"
    )
    assert article.title == "Hair transplant surgery"
    assert headings(article) == ["How it is done", "Does it hurt?"]
    paragraphs = [p.get_text() for p in content(article, "Does it hurt?").select("p")]
    assert paragraphs[:2] == ["The scalp is numbed first.", "Recovery takes a week."]
    assert "Closing line without paragraph" in paragraphs
    assert "a lowercase fragment" in paragraphs


def test_plain_text_underlined_heading():
    article = txt("Laser caps\n==========\n\nLight therapy.\n\nCost\n----\n\nVaries.\n")
    assert article.title == "Laser caps"
    assert headings(article) == ["Cost"]


# Rich text ----------------------------------------------------------------


def test_markdown_lists_nested_with_two_spaces():
    article = md(
        "# T\n\n## Steps\n\n1. Clean\n2. Treat\n  - gently\n  - briefly\n\n"
        "- one\n- two\n"
    )
    html = content(article, "Steps")
    assert [li.get_text() for li in html.select("ol > li > ul > li")] == [
        "gently",
        "briefly",
    ]
    assert [li.get_text() for li in html.select("ul:not(ol ul) > li")] == [
        "one",
        "two",
    ]


def test_plain_text_lists():
    article = txt(
        "Title\n\nIntro text here.\n\nAftercare\n\nAvoid:\n- sweating\n- sun\n\n"
        "1. Wash\n2. Dry\n"
    )
    html = content(article, "Aftercare")
    assert html.select_one("p").get_text() == "Avoid:"
    assert [li.get_text() for li in html.select("ul > li")] == ["sweating", "sun"]
    assert [li.get_text() for li in html.select("ol > li")] == ["Wash", "Dry"]


def test_bold_and_italic_use_wagtail_tags():
    article = md("# T\n\n## S\n\nIt is **not approved** and *experimental* __too__.\n")
    section = blocks_of(article, "section")[0]["content"]
    assert section == (
        "<p>It is <b>not approved</b> and <i>experimental</i> <b>too</b>.</p>"
    )


def test_links_and_bare_urls_become_links():
    article = md(
        "# T\n\n## S\n\nSee [the NHS](https://www.nhs.uk/) or "
        "https://example.org/page_(1). Also www.example.com, and <https://x.org>.\n"
    )
    links = [(a["href"], a.get_text()) for a in content(article, "S").select("a")]
    assert links == [
        ("https://www.nhs.uk/", "the NHS"),
        ("https://example.org/page_(1)", "https://example.org/page_(1)"),
        ("https://www.example.com", "www.example.com"),
        ("https://x.org", "https://x.org"),
    ]


def test_plain_text_bare_url_excludes_closing_punctuation():
    article = txt("T\n\nIntro.\n\nSources\n\n(see https://example.org/a.) and more.\n")
    link = content(article, "Sources").select_one("a")
    assert link["href"] == "https://example.org/a"


def test_html_in_source_is_escaped_never_markup():
    source = (
        '# T <img src=x onerror="alert(1)">\n\n## S\n\n'
        "<script>alert('x')</script> a < b & c\n\n"
        '<div onclick="steal()">block</div>\n\n'
        "[click](javascript:alert(1))\n"
    )
    article = md(source)
    section = blocks_of(article, "section")[0]["content"]
    assert "<script" not in section and "<div" not in section
    assert "&lt;script&gt;" in section and "a &lt; b &amp; c" in section
    assert "javascript" not in section
    html = BeautifulSoup(section, "html.parser")
    assert {tag.name for tag in html.find_all()} <= {"p", "b", "i", "a"}
    assert not html.select("a")
    assert article.title.startswith("T")
    messages = notices(article)
    assert "line 5: HTML (<script>) is not imported; kept as text" in messages
    assert "line 7: HTML (<div>) is not imported; kept as text" in messages
    assert "line 9: link to “javascript:alert(1)” removed (not a web link)" in messages


def test_plain_text_html_is_escaped():
    article = txt("T\n\n<b>Bold?</b> <a href='x'>y</a> & co.\n")
    section = blocks_of(article, "section")[0]["content"]
    assert section == (
        "<p>&lt;b&gt;Bold?&lt;/b&gt; &lt;a href='x'&gt;y&lt;/a&gt; &amp; co.</p>"
    )


def test_unicode_and_emoji_survive():
    article = md(
        "# Café-au-lait spots ✨\n\nNaïve hopes — 😊 ça va.\n\n"
        "## Résumé 🙂\n\nCosts in € and £.\n"
    )
    assert article.title == "Café-au-lait spots ✨"
    assert article.summary == "Naïve hopes — 😊 ça va."
    assert headings(article) == ["Résumé 🙂"]
    assert content(article, "Résumé 🙂").get_text() == "Costs in € and £."


# Placeholders and warnings -----------------------------------------------


def test_placeholders_removed_and_reported_with_line_numbers():
    article = txt(
        "Title\n\n"
        "Cells come from Wharton’s Jelly (insert link).\n"
        "(Insert link for exosomes for cancer once it’s posted) They might help.\n"
        "Dose is TK per session [TODO check dose].\n"
        "[citation needed]\n"
        "Last line.\n"
    )
    section = blocks_of(article, "section")[0]["content"]
    assert section == (
        "<p>Cells come from Wharton’s Jelly. They might help. "
        "Dose is per session. Last line.</p>"
    )
    assert notices(article)[:-1] == [
        "line 3: removed editorial placeholder “(insert link)”",
        "line 4: removed editorial placeholder "
        "“(Insert link for exosomes for cancer once it’s posted)”",
        "line 5: removed editorial placeholder “[TODO check dose]”",
        "line 5: removed editorial placeholder “TK”",
        "line 6: removed editorial placeholder “[citation needed]”",
    ]


def test_ordinary_parentheses_and_words_are_not_placeholders():
    article = txt("Title\n\nRisks (such as infection) are rare. Tkachenko agrees.\n")
    assert notices(article) == [
        "no References section: publishing needs at least one source"
    ]
    assert "(such as infection)" in blocks_of(article, "section")[0]["content"]


def test_search_result_breadcrumb_and_word_gap_are_reported():
    article = txt(
        "Title\n\nThere are hair restoration\xa0\xa0\xa0 like surgery.\n\n"
        "https://my.clevelandclinic.org › health › diseases\n"
    )
    messages = notices(article)
    assert any(
        m.startswith("line 3: several spaces after “restoration”") for m in messages
    )
    assert any(
        m.startswith("line 5:") and "copied from search results" in m for m in messages
    )


def test_markdown_image_is_dropped_with_a_warning():
    article = md("# T\n\n## S\n\nText ![scalp photo](scalp.jpg) more.\n")
    assert "img" not in blocks_of(article, "section")[0]["content"]
    assert any("image “scalp photo” not imported" in m for m in notices(article))


# FAQ and references ------------------------------------------------------


def test_markdown_faq_questions_become_one_faq_block():
    article = md(
        "# T\n\nIntro.\n\n## Frequently asked questions\n\n"
        "### Does it hurt?\n\nA little.\n\n"
        "### Is it **approved**?\n\nNo.\n\n- not in the US\n\n"
        "## After\n\nText.\n"
    )
    (faq,) = blocks_of(article, "faq")
    assert faq["heading"] == "Frequently asked questions"
    assert [item["question"] for item in faq["items"]] == [
        "Does it hurt?",
        "Is it approved?",
    ]
    assert faq["items"][1]["answer"] == "<p>No.</p><ul><li>not in the US</li></ul>"
    assert [block["type"] for block in article.body] == ["faq", "section"]
    assert article.faq_item_count == 2


def test_plain_text_faq_questions_follow_the_faq_heading():
    article = txt(
        "T\n\nIntro.\n\nFAQ\n\nIs it safe?\n\nMostly.\n\n"
        "How long does it last?\n\nMonths.\n\nCosts\n\nVary.\n"
    )
    (faq,) = blocks_of(article, "faq")
    assert [item["question"] for item in faq["items"]] == [
        "Is it safe?",
        "How long does it last?",
    ]
    assert headings(article) == ["Costs"]


def test_references_section_becomes_a_references_block():
    article = md(
        "# T\n\nIntro.\n\n## References\n\n"
        "1. Adil A, Godwin M. The effectiveness of treatments for androgenetic "
        "alopecia. J Am Acad Dermatol. 2017;77(1):136-141. PMID: 28396101\n"
        "2. Gupta AK, Wang T, Rapaport JA. Systematic review of exosome treatment "
        "in hair restoration. J Cosmet Dermatol, 2023. "
        "https://doi.org/10.1111/jocd.15869.\n"
    )
    (references,) = blocks_of(article, "references")
    first, second = references["references"]
    assert first == {
        "authors": "Adil A, Godwin M",
        "title": "The effectiveness of treatments for androgenetic alopecia",
        "publisher": "J Am Acad Dermatol",
        "year": 2017,
        "doi": "",
        "pmid": "28396101",
        "url": "",
    }
    assert second["doi"] == "10.1111/jocd.15869"
    assert second["publisher"] == "J Cosmet Dermatol" and second["year"] == 2023
    assert article.reference_count == 2


def test_unreadable_reference_keeps_the_section_and_warns():
    article = txt(
        "T\n\nIntro.\n\nReferences\n\n"
        "Adil A, Godwin M. Treatments for alopecia. J Am Acad Dermatol. 2017. "
        "PMID: 28396101\n\n"
        "Some website about hair\n"
    )
    assert blocks_of(article, "references") == []
    assert headings(article) == ["References"]
    assert any(
        m.startswith("line 9: reference not in the form") for m in notices(article)
    )


def test_empty_headings_and_unanswered_questions_are_skipped_with_warnings():
    article = md(
        "# T\n\nIntro.\n\n## Part one\n\n## Risks\n\nSome.\n\n"
        "## FAQ\n\n### Unanswered?\n\n### Answered?\n\nYes.\n"
    )
    assert headings(article) == ["Risks"]
    (faq,) = blocks_of(article, "faq")
    assert [item["question"] for item in faq["items"]] == ["Answered?"]
    messages = notices(article)
    assert "line 5: heading “Part one” has no text under it; skipped" in messages
    assert "line 13: question “Unanswered?” has no answer; skipped" in messages


def test_overlong_heading_is_shortened_to_the_block_limit():
    long_heading = "Why " + "very " * 40 + "long"
    article = md(f"# T\n\nIntro.\n\n## {long_heading}\n\nText.\n")
    (heading,) = headings(article)
    assert len(heading) <= 120 and heading.endswith("…")
    assert "line 5: heading shortened to 120 characters" in notices(article)


# Summary -------------------------------------------------------------------


def test_cut_summary_at_a_sentence_then_at_a_word():
    sentence = "Each of these sentences is fifty characters long. "
    assert len(sentence) == 50
    summary = cut_summary(sentence * 10)
    assert summary == (sentence * 8).strip()
    assert len(summary) == 399
    one_long_sentence = "word " * 150
    cut = cut_summary(one_long_sentence)
    assert len(cut) <= 400 and cut.endswith("word…")
    assert cut_summary("Short.  Two   spaces.") == "Short. Two spaces."


def test_long_introduction_becomes_summary_and_an_overview_section():
    intro = " ".join(f"Sentence number {n} about the treatment." for n in range(20))
    article = txt(f"Title\n\n{intro}\n\nRisks\n\nSome.\n")
    assert len(article.summary) <= 400
    assert intro.startswith(article.summary)
    assert headings(article) == ["Overview", "Risks"]
    assert content(article, "Overview").get_text() == intro


def test_short_introduction_is_only_the_summary():
    article = md("# T\n\nShort intro.\n\n## S\n\nBody.\n")
    assert article.summary == "Short intro."
    assert headings(article) == ["S"]


def test_summary_falls_back_to_the_first_section_without_an_intro():
    article = md("# T\n\n## What it is\n\nA cream. It is applied daily.\n")
    assert article.summary == "A cream. It is applied daily."
    assert headings(article) == ["What it is"]


# Files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"Title\x00\x01binary", "binary"),
        ("Café".encode("latin-1"), "not valid UTF-8 (byte 3, line 1)"),
        (b"TK\n(insert link)\n", "only editorial placeholders"),
        (b"# Title only\n", "no text"),
    ],
)
def test_unreadable_files_raise_a_clear_error(data, message):
    with pytest.raises(
        ArticleError, match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        read_article(data, "article.md")


def test_utf8_bom_and_windows_line_endings_are_accepted():
    article = read_article("\ufeffTitle\r\n\r\nText.\r\n".encode(), "a.txt")
    assert article.title == "Title"


def test_format_from_extension():
    assert format_for("a.MD") == "markdown"
    assert format_for("notes.txt") == "text"
    with pytest.raises(ArticleError, match="Unsupported file type “.docx”"):
        format_for("article.docx")


@pytest.mark.parametrize(
    "sample", ["platelet-rich-plasma.md", "microneedling.txt", "unicode-notes.md"]
)
def test_rich_text_round_trips_through_the_admin_editor_unchanged(sample):
    """What we store is what Draftail would store: nothing lost on first edit."""
    path = Path(__file__).parent / "samples" / sample
    article = read_article(path.read_bytes(), sample)
    rich_texts = [
        (SECTION_RICH_TEXT, value["content"]) for value in blocks_of(article, "section")
    ] + [
        (BASIC_RICH_TEXT, item["answer"])
        for value in blocks_of(article, "faq")
        for item in value["items"]
    ]
    assert rich_texts
    for features, html in rich_texts:
        converter = ContentstateConverter(features)
        stored = converter.to_database_format(converter.from_database_format(html))
        assert re.sub(r' data-block-key="\w+"', "", stored) == html


ALLOWED_TAGS = {"p", "h3", "h4", "ul", "ol", "li", "b", "i", "a", "br"}
HOSTILE_PIECES = [
    *"ab <>/\"'&#*_[]()!:-\n",
    "<script>",
    "javascript:",
    " onerror=",
    "http://x.org",
    "# ",
    "## ",
    "### ",
    "- ",
    "1. ",
    "FAQ\n",
]
HOSTILE_TEXT = st.lists(st.sampled_from(HOSTILE_PIECES), max_size=60).map("".join)


@given(source=HOSTILE_TEXT, fmt=st.sampled_from(["markdown", "text"]))
@settings(max_examples=150, deadline=None)
def test_any_input_gives_only_allowed_tags_and_safe_links(source, fmt):
    # The title comes first in both formats, so every example is a valid
    # article (an empty first Markdown heading would be refused as the title).
    title = "# Title" if fmt == "markdown" else "Title"
    article = parse_article(f"{title}\n\n{source}\n\nEnd.", fmt)
    assert article.title == "Title"
    assert article.body
    for block in article.body:
        values = [block["value"].get("content", "")] + [
            item["answer"] for item in block["value"].get("items", [])
        ]
        for html in values:
            tree = BeautifulSoup(html, "html.parser")
            assert {tag.name for tag in tree.find_all()} <= ALLOWED_TAGS
            for tag in tree.find_all():
                assert set(tag.attrs) <= ({"href"} if tag.name == "a" else set())
            for link in tree.select("a"):
                assert re.match(r"(https?://|mailto:|tel:|/|#)", link["href"])
