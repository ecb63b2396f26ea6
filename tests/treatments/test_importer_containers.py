"""The importer's `::: kind` containers and `[@key]` citations: pure functions."""

import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from treatments.importer import ArticleError, parse_article, read_reference_library

LIBRARY_TEXT = """\
# A comment about what the source shows.
[gupta-2023]
authors = Gupta AK, Wang T, Rapaport JA
title = Systematic review of exosome treatment in hair restoration: preliminary
  evidence, safety, and future directions
publisher = J Cosmet Dermatol
year = 2023
doi = 10.1111/jocd.15869

[fda-2019]
authors = U.S. Food and Drug Administration
title = Public Safety Notification on Exosome Products
publisher = U.S. Food and Drug Administration
year = 2019
url = https://www.fda.gov/notification
"""


def md(body, library=None):
    return parse_article(f"# Title\n\nIntro.\n\n{body}", "markdown", library)


def notices(article):
    """The article's notices, less the one every article without sources gets."""
    return [str(n) for n in article.notices if "no References section" not in str(n)]


def types(article):
    return [block["type"] for block in article.body]


def only(article, block_type):
    (value,) = [b["value"] for b in article.body if b["type"] == block_type]
    return value


def test_callout_takes_its_variant_title_and_markdown_text():
    for variant in ["info", "warning", "evidence"]:
        article = md(
            f"::: callout {variant} Not approved\nThe **FDA** has approved none.\n\n"
            "A second paragraph.\n:::\n"
        )
        assert only(article, "callout") == {
            "variant": variant,
            "title": "Not approved",
            "text": (
                "<p>The <b>FDA</b> has approved none.</p><p>A second paragraph.</p>"
            ),
        }
        assert notices(article) == []


def test_callout_title_is_optional():
    article = md("::: callout info\nJust text.\n:::\n")
    assert only(article, "callout")["title"] == ""


def test_callout_with_an_unknown_variant_stops_the_import():
    with pytest.raises(ArticleError, match="line 5: a callout starts with its variant"):
        md("::: callout danger Title\nText.\n:::\n")


def test_key_facts_are_plain_list_items_with_continuation_lines():
    article = md(
        "::: key-facts At a glance\n- The FDA has approved **no** product.\n"
        "- Evidence comes mostly from\n  laboratory studies.\n:::\n"
    )
    assert only(article, "key_facts") == {
        "heading": "At a glance",
        "facts": [
            "The FDA has approved no product.",
            "Evidence comes mostly from laboratory studies.",
        ],
    }


def test_key_facts_heading_defaults_and_prose_is_refused():
    assert only(md("::: key-facts\n- One.\n:::\n"), "key_facts")["heading"] == (
        "Key facts"
    )
    with pytest.raises(ArticleError, match="holds only - list items"):
        md("::: key-facts\nA paragraph.\n\n- One.\n:::\n")


def test_urgent_care_has_a_plain_introduction_and_warning_signs():
    article = md(
        "::: urgent-care When to get help\nCall a doctor\nif you notice:\n\n"
        "- Fever\n- Spreading redness\n:::\n"
    )
    assert only(article, "urgent_care") == {
        "heading": "When to get help",
        "introduction": "Call a doctor if you notice:",
        "warning_signs": ["Fever", "Spreading redness"],
    }
    default = only(md("::: urgent-care\n- Fever\n:::\n"), "urgent_care")
    assert default["heading"] == "When to seek urgent care"
    assert default["introduction"] == ""


def test_containers_keep_their_place_between_sections():
    article = md(
        "::: key-facts\n- One.\n:::\n\n## Causes\n\nText.\n\n"
        "::: callout evidence Evidence\nWeak.\n:::\n\n"
        "## Frequently asked questions\n\n### Why?\n\nBecause.\n"
    )
    assert types(article) == ["key_facts", "section", "callout", "faq"]
    assert only(article, "faq")["items"][0]["question"] == "Why?"


def test_headings_inside_a_container_are_its_text():
    article = md("::: callout info Note\n## Not a section\n:::\n")
    assert types(article) == ["callout"]
    text = BeautifulSoup(only(article, "callout")["text"], "html.parser")
    assert text.get_text() == "Not a section"
    assert not text.find("h3")


def test_empty_container_is_skipped_with_a_notice():
    article = md("::: key-facts\n\n:::\n\n## Part\n\nText.\n")
    assert types(article) == ["section"]
    assert notices(article) == ["line 5: “::: key-facts” is empty; skipped"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("::: callout info\nText.\n", "line 5: “::: callout” is never closed"),
        ("::: tabs\n- One.\n:::\n", "line 5: unknown block “::: tabs”"),
        (
            "::: callout info\nText.\n:::\nMore text.\n",
            "line 8: text after the “::: callout” block needs a ## heading",
        ),
    ],
)
def test_malformed_containers_stop_the_import(body, message):
    with pytest.raises(ArticleError, match=message):
        md(body)


def test_container_before_the_title_stops_the_import():
    with pytest.raises(ArticleError, match="line 1: a ::: block must come after"):
        parse_article("::: callout info\nText.\n:::\n# Title\n", "markdown")


HOSTILE_PIECES = [
    *"ab <>/\"'&#*_[]()!:-\n",
    "<script>",
    "javascript:",
    " onerror=",
    "http://x.org",
    "# ",
    "## ",
    "- ",
    "1. ",
]
# A line that starts with ":::" is the container syntax itself, not text inside it.
HOSTILE_TEXT = (
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=60)
    .map("".join)
    .filter(
        lambda text: (
            not any(line.lstrip().startswith(":::") for line in text.split("\n"))
        )
    )
)
ALLOWED_TAGS = {"p", "ul", "ol", "li", "b", "i", "a", "br"}


@given(text=HOSTILE_TEXT)
@settings(max_examples=100, deadline=None)
def test_a_callout_holds_only_allowed_tags_and_safe_links(text):
    article = md(f"::: callout info Note\n{text}\n:::\n")
    callouts = [b["value"]["text"] for b in article.body if b["type"] == "callout"]
    if not callouts:
        assert "line 5: “::: callout” is empty; skipped" in notices(article)
        return
    tree = BeautifulSoup(callouts[0], "html.parser")
    assert {tag.name for tag in tree.find_all()} <= ALLOWED_TAGS
    for tag in tree.find_all():
        assert set(tag.attrs) <= ({"href"} if tag.name == "a" else set())
    for link in tree.select("a"):
        assert re.match(r"(https?://|mailto:|tel:|/|#)", link["href"])


# Reference library and [@key] citations -------------------------------------


def test_reference_library_entries_are_reference_block_values():
    library = read_reference_library(LIBRARY_TEXT)
    assert library["gupta-2023"] == {
        "authors": "Gupta AK, Wang T, Rapaport JA",
        "title": (
            "Systematic review of exosome treatment in hair restoration: "
            "preliminary evidence, safety, and future directions"
        ),
        "publisher": "J Cosmet Dermatol",
        "year": 2023,
        "doi": "10.1111/jocd.15869",
        "pmid": "",
        "url": "",
    }
    assert library["fda-2019"]["url"] == "https://www.fda.gov/notification"


def test_cited_keys_become_the_library_references_in_order():
    library = read_reference_library(LIBRARY_TEXT)
    article = md("## References\n\n- [@fda-2019]\n- [@gupta-2023]\n", library)
    references = only(article, "references")["references"]
    assert references == [library["fda-2019"], library["gupta-2023"]]
    assert article.notices == []


def test_cited_keys_mix_with_written_citations():
    library = read_reference_library(LIBRARY_TEXT)
    article = md(
        "## References\n\n- [@fda-2019]\n"
        "- Adil A, Godwin M. Treatments for alopecia. J Am Acad Dermatol, 2017. "
        "PMID: 28396101\n",
        library,
    )
    first, second = only(article, "references")["references"]
    assert first["title"] == "Public Safety Notification on Exosome Products"
    assert second["pmid"] == "28396101"


def test_unknown_key_or_missing_library_stops_the_import():
    library = read_reference_library(LIBRARY_TEXT)
    with pytest.raises(ArticleError, match="line 7: no reference “nobody-2020”"):
        md("## References\n\n- [@nobody-2020]\n", library)
    with pytest.raises(ArticleError, match="none was given"):
        md("## References\n\n- [@gupta-2023]\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[a]\nauthors = A\ntitle = T\npublisher = P\n", "“a” lacks year"),
        ("[a]\nauthors = A\ntitle = T\npublisher = P\nyear = soon\n", "not a year"),
        (
            "[a]\nauthors = A\ntitle = T\npublisher = P\nyear = 2020\ndoi = 10.1\n",
            "“10.1” is not a DOI",
        ),
        (
            "[a]\nauthors = A\ntitle = T\npublisher = P\nyear = 2020\npmid = x1\n",
            "“x1” is not a PMID",
        ),
        ("[a]\nauthors = A\nvolume = 3\n", r"unknown fields \['volume'\]"),
        ("[a]\nyear = 2020\n[a]\nyear = 2021\n", "already exists"),
        ("[a]\nyear = 2020\nyear = 2021\n", "already exists"),
    ],
)
def test_reference_library_is_strict(text, message):
    with pytest.raises(ArticleError, match=message):
        read_reference_library(text)
