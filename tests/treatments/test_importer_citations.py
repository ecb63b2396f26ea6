"""`[@key]` citations in the prose: numbered as the article's References list."""

import pytest

from treatments.importer import ArticleError, parse_article, read_reference_library

LIBRARY = read_reference_library(
    """\
[gupta-2023]
authors = Gupta AK, Wang T, Rapaport JA
title = Systematic review of exosome treatment in hair restoration
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
)
REFERENCES = "## References\n\n- [@fda-2019]\n- [@gupta-2023]\n"


def md(body):
    return parse_article(f"# Title\n\nIntro.\n\n{body}", "markdown", LIBRARY)


def block(article, block_type):
    (value,) = [b["value"] for b in article.body if b["type"] == block_type]
    return value


def test_a_citation_in_a_section_becomes_its_place_in_the_references():
    article = md(
        "## Evidence\n\nOne clinical study [@gupta-2023]; no approval "
        f"[@fda-2019] [@gupta-2023].\n\n{REFERENCES}"
    )
    assert block(article, "section")["content"] == (
        "<p>One clinical study [2]; no approval [1] [2].</p>"
    )
    assert article.notices == []


def test_citations_are_numbered_in_callouts_key_facts_urgent_care_and_faqs():
    article = md(
        "::: key-facts\n- None approved [@fda-2019].\n:::\n\n"
        "::: callout warning Unapproved\nSee the FDA [@fda-2019].\n:::\n\n"
        "::: urgent-care\nGet help.\n\n- Fever after an injection [@fda-2019]\n:::\n\n"
        "## Frequently asked questions\n\n### Does it work?\n\n"
        f"Early evidence only [@gupta-2023].\n\n{REFERENCES}"
    )
    assert block(article, "key_facts")["facts"] == ["None approved [1]."]
    assert block(article, "callout")["text"] == "<p>See the FDA [1].</p>"
    assert block(article, "urgent_care")["warning_signs"] == [
        "Fever after an injection [1]"
    ]
    (item,) = block(article, "faq")["items"]
    assert item["answer"] == "<p>Early evidence only [2].</p>"


def test_the_references_list_itself_stays_the_library_entries():
    article = md(f"## Evidence\n\nText [@fda-2019].\n\n{REFERENCES}")
    assert block(article, "references")["references"] == [
        LIBRARY["fda-2019"],
        LIBRARY["gupta-2023"],
    ]


def test_a_key_cited_in_the_prose_but_not_listed_stops_the_import():
    with pytest.raises(ArticleError, match="line 7: “\\[@gupta-2023\\]” is cited"):
        md("## Evidence\n\nText [@gupta-2023].\n\n## References\n\n- [@fda-2019]\n")
    with pytest.raises(ArticleError, match="not listed under References"):
        md("## Evidence\n\nText [@fda-2019].\n")
