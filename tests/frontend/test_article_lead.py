"""The top of an article: what it contains, where it leads, what it says."""

import pytest

from home.models import HomeFeaturedTreatment
from inquiries import demo as inquiries_demo
from search.result_page import popular_treatments
from tests.factories import (
    DoctorIndexPageFactory,
    TreatmentPageFactory,
    reference,
    references_block,
    section,
)
from tests.html import soup
from tests.reviewing import approved
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db

URGENT = (
    "urgent_care",
    {
        "heading": "When to seek urgent care",
        "introduction": "Get help straight away if you notice:",
        "warning_signs": ["Spreading redness", "Fever"],
    },
)
FAQ = (
    "faq",
    {
        "heading": "Frequently asked questions",
        "items": [{"question": "Is it approved?", "answer": "<p>No.</p>"}],
    },
)
KEY_FACTS = ("key_facts", {"heading": "Key facts", "facts": ["Not approved [1]."]})


def article(treatment_index, **fields):
    fields.setdefault(
        "body",
        [
            KEY_FACTS,
            section("What it is", "<p>A claim [1], again [1], and [2].</p>"),
            URGENT,
            FAQ,
            references_block(reference(), reference(title="Uncited source")),
        ],
    )
    return TreatmentPageFactory(parent=treatment_index, **fields)


def test_on_this_page_lists_every_block_with_a_heading(client, treatment_index):
    html = soup(client.get(article(treatment_index).url))
    entries = [(a.get_text(), a["href"]) for a in html.select(".toc a")]
    assert entries == [
        ("Key facts", "#key-facts"),
        ("What it is", "#what-it-is"),
        ("When to seek urgent care", "#when-to-seek-urgent-care"),
        ("Frequently asked questions", "#frequently-asked-questions"),
        ("References", "#references"),
    ]
    for text, href in entries:  # each entry leads to the heading it names
        target = html.select_one(href)
        assert target.name == "h2", href
        # The urgent heading starts with a hidden "Urgent: " for screen readers.
        assert target.get_text(strip=True).endswith(text), href


def test_the_top_says_when_to_get_help_and_leads_to_the_signs(client, treatment_index):
    html = soup(client.get(article(treatment_index).url))
    box = html.select_one(".article__header .get-help")
    assert "When to get help" in box.get_text()
    link = box.select_one("a")["href"]
    assert link == "#when-to-seek-urgent-care"
    assert html.select_one(link).find_parent(class_="urgent-care")


def test_no_urgent_care_block_no_box(client, treatment_index):
    page = article(treatment_index, body=[section("What it is")])
    assert soup(client.get(page.url)).select_one(".get-help") is None


def test_the_disclaimer_appears_once(client, treatment_index):
    html = soup(client.get(article(treatment_index).url))
    disclaimers = [p for p in html.select("p") if "Medical disclaimer" in p.get_text()]
    assert len(disclaimers) == 1
    assert "does not diagnose" in disclaimers[0].get_text()


def test_citation_markers_link_to_their_reference_and_back(client, treatment_index):
    html = soup(client.get(article(treatment_index).url))
    markers = html.select('a[href^="#ref-"]')
    assert [(a.get_text(), a["href"], a.get("id")) for a in markers] == [
        ("[1]", "#ref-1", "cite-1"),  # in the key facts, first
        ("[1]", "#ref-1", None),
        ("[1]", "#ref-1", None),
        ("[2]", "#ref-2", "cite-2"),
    ]
    references = html.select(".references li.reference")
    assert [li["id"] for li in references] == ["ref-1", "ref-2"]
    back = [li.select_one("a.reference__back") for li in references]
    assert [a["href"] for a in back] == ["#cite-1", "#cite-2"]
    assert html.select_one("#cite-1").find_parent(class_="key-facts")


def test_an_uncited_reference_has_no_back_link_and_unknown_numbers_stay_text(
    client, treatment_index
):
    page = article(
        treatment_index,
        body=[
            section("What it is", "<p>Only [1] here, and [7] is not a source.</p>"),
            references_block(reference(), reference(title="Never cited")),
        ],
    )
    html = soup(client.get(page.url))
    assert [a["href"] for a in html.select('a[href^="#ref-"]')] == ["#ref-1"]
    assert "[7]" in html.select_one(".block-section").get_text()
    second = html.select_one("#ref-2")
    assert second.select_one(".reference__back") is None
    assert "citation-back" not in str(html)


def test_the_reviewer_links_to_their_profile(client, treatment_index, home_page):
    DoctorIndexPageFactory(parent=home_page)
    page = approved(article(treatment_index))  # the byline names a reviewer
    html = soup(client.get(page.url))
    link = html.select_one(".article__byline a.reviewer")
    assert link["href"] == f"/doctors/{page.medical_reviewer.slug}/"
    assert client.get(link["href"]).status_code == 200


@pytest.fixture
def inquiry_form(home_page):
    inquiries_demo.build(home_page, log=lambda message: None)


def calls_to_action(html):
    return [
        (box["class"], box.select_one("a.button").get_text(strip=True))
        for box in html.select(".cta--top, .cta--end")
    ]


def test_an_approved_treatment_is_named_in_both_calls(
    client, treatment_index, inquiry_form
):
    page = article(
        treatment_index,
        title="Topical minoxidil",
        evidence_level="established",
        regulatory_status="approved",
    )
    html = soup(client.get(page.url))
    assert calls_to_action(html) == [
        (["cta", "cta--top"], "Ask a doctor about Topical minoxidil"),
        (["cta", "cta--end"], "Ask a doctor about Topical minoxidil"),
    ]
    # The one near the top sits in the article's header.
    assert html.select_one(".article__header .cta--top")
    assert not html.select(".cta__alternatives")


@pytest.mark.parametrize(
    ("evidence_level", "regulatory_status"),
    [
        ("emerging", "not_approved"),  # PRP, microneedling
        ("experimental", "not_approved"),  # exosomes
        ("experimental", "procedure"),  # an experimental procedure
    ],
)
def test_an_unapproved_or_experimental_one_is_offered_as_options(
    client, treatment_index, inquiry_form, evidence_level, regulatory_status
):
    page = article(
        treatment_index,
        title="Exosomes for hair restoration",
        evidence_level=evidence_level,
        regulatory_status=regulatory_status,
    )
    html = soup(client.get(page.url))
    buttons = [text for _, text in calls_to_action(html)]
    assert buttons == ["Talk to a doctor about your options"] * 2
    assert "Ask a doctor about" not in html.select_one("main").get_text()
    # No alternatives of its own: the treatments section lists them.
    assert {a["href"] for a in html.select(".cta__alternatives")} == {
        treatment_index.url
    }


def test_the_options_call_points_to_the_articles_alternatives(
    client, treatment_index, inquiry_form
):
    approved = article(treatment_index, regulatory_status="approved")
    page = article(
        treatment_index, evidence_level="experimental", regulatory_status="not_approved"
    )
    RelatedTreatment.objects.create(
        page=page, target=approved, relation_type="alternative", sort_order=0
    )
    html = soup(client.get(page.url))
    hrefs = {a["href"] for a in html.select(".cta__alternatives")}
    assert hrefs == {"#related-alternative"}
    assert html.select_one("#related-alternative").find_parent(class_="related")


def test_status_badges_differ_in_words_and_colour(client, treatment_index):
    approved = article(treatment_index, regulatory_status="approved")
    article(treatment_index, regulatory_status="not_approved")
    article(treatment_index, regulatory_status="cleared")
    html = soup(client.get(treatment_index.url))
    badges = {
        badge.get_text(strip=True): badge["class"]
        for badge in html.select(".card .badge--status")
    }
    assert badges == {
        "Approved for this use": ["badge", "badge--status", "badge--status-approved"],
        "Not approved": ["badge", "badge--status", "badge--status-not_approved"],
        "Cleared device": ["badge", "badge--status", "badge--status-cleared"],
    }
    page_badge = soup(client.get(approved.url)).select_one(".fact--regulatory .badge")
    assert "badge--status-approved" in page_badge["class"]


def test_evidence_wording_fits_the_kind_of_treatment(client, treatment_index):
    surgery = article(
        treatment_index,
        evidence_level="established",
        regulatory_status="procedure",
        treatment_kind="surgery",
    )
    drug = article(
        treatment_index,
        evidence_level="established",
        regulatory_status="approved",
        treatment_kind="drug",
    )

    def explained(page):
        html = soup(client.get(page.url))
        return html.select_one(".fact--evidence .fact__explain").get_text()

    assert explained(drug).startswith("Supported by several good-quality randomised")
    surgery_text = explained(surgery)
    assert not surgery_text.startswith("Supported by")
    assert "case series" in surgery_text
    assert "rarely tested in randomised controlled trials" in surgery_text


def test_established_approved_treatments_are_featured_first(
    client, home_page, treatment_index
):
    pages = [
        article(treatment_index, title="Exosomes", evidence_level="experimental",
                regulatory_status="not_approved"),
        article(treatment_index, title="PRP", evidence_level="emerging",
                regulatory_status="not_approved"),
        article(treatment_index, title="Transplant", evidence_level="established",
                regulatory_status="procedure"),
        article(treatment_index, title="Minoxidil", evidence_level="established",
                regulatory_status="approved"),
    ]  # fmt: skip
    for order, page in enumerate(pages):  # the editors put exosomes first
        HomeFeaturedTreatment.objects.create(
            page=home_page, treatment=page, sort_order=order
        )
    wanted = ["Minoxidil", "Transplant", "PRP", "Exosomes"]
    html = soup(client.get(home_page.url))
    featured = [
        a.get_text() for a in html.select("#featured-heading ~ .card-grid h3 a")
    ]
    assert featured == wanted
    assert [page.title for page in popular_treatments(home_page.get_site())] == wanted
    assert [page.title for page in popular_treatments(home_page.get_site(), 2)] == [
        "Minoxidil",
        "Transplant",
    ]


def test_markers_inside_a_link_or_a_tag_are_left_alone():
    from treatments.citations import link_citations

    html = (
        '<p title="[1]">See <a href="https://example.org">[1]</a> and [1].</p>'
        '<ol><li id="ref-1">Source <!--citation-back:1--></li></ol>'
    )
    assert link_citations(html) == (
        '<p title="[1]">See <a href="https://example.org">[1]</a> and '
        '<a href="#ref-1" id="cite-1">[1]</a>.</p>'
        '<ol><li id="ref-1">Source '
        '<a class="reference__back" href="#cite-1">Back to text</a></li></ol>'
    )
