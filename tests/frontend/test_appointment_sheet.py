"""The one-page sheet a reader takes to the doctor."""

import pytest
from django.utils import timezone
from wagtail.blocks import StreamValue

from tests.factories import TreatmentPageFactory, references_block, section
from tests.html import soup
from tests.reviewing import approved
from treatments.appointment_sheet import (
    DOCTOR_QUESTIONS,
    risk_sections,
    shorten,
)
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

QUESTIONS = [
    "Is it approved for this use?",
    "What is the evidence?",
    "What does it cost?",
    "What are the alternatives?",
]


def body_of(*blocks):
    return StreamValue(TreatmentPage.body.field.stream_block, list(blocks))


def test_risk_sections_pick_risks_warnings_and_urgent_signs():
    body = body_of(
        section("What it is", "<p>Nothing risky.</p>"),
        section("Risks and side effects", "<p>Itching <b>and</b> redness.</p>"),
        ("callout", {"variant": "info", "title": "", "text": "<p>Info only.</p>"}),
        ("callout", {"variant": "warning", "title": "", "text": "<p>Avoid X.</p>"}),
        (
            "urgent_care",
            {
                "heading": "Get help now",
                "introduction": "",
                "warning_signs": ["Chest pain", "Fainting"],
            },
        ),
        section("Safety in pregnancy", "<p>Not studied.</p>"),
        section("Harmless headline about a harmonica", "<p>No.</p>"),
    )
    assert risk_sections(body) == [
        {
            "heading": "Risks and side effects",
            "text": "Itching and redness.",
            "items": [],
        },
        {"heading": "Important", "text": "Avoid X.", "items": []},
        {"heading": "Get help now", "text": "", "items": ["Chest pain", "Fainting"]},
        {"heading": "Safety in pregnancy", "text": "Not studied.", "items": []},
    ]


def test_shorten_cuts_at_a_word_and_says_so():
    assert shorten("one two three", limit=9) == "one two…"
    assert shorten("  spaced   out  ") == "spaced out"


def test_questions_cover_approval_evidence_cost_and_alternatives():
    assert [question for question, _hint in DOCTOR_QUESTIONS] == QUESTIONS


def test_sheet_shows_summary_status_risks_questions_and_reviewer(
    client, treatment_index
):
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Scalp serum",
        regulatory_status="not_approved",
        body=[
            section("How it works"),
            section("Risks", "<p>Redness of the scalp.</p>"),
            references_block(),
        ],
    )
    approved(page)
    response = client.get(page.url + "appointment-sheet/")
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("h1").get_text(strip=True) == "Scalp serum"
    assert len(html.select("h1")) == 1
    assert page.summary in html.select_one(".sheet__summary").get_text()
    assert "Not approved" in html.select_one(".fact--regulatory").get_text()
    assert "Redness of the scalp." in html.select_one(".sheet__risks").get_text()
    questions = [li.strong.get_text() for li in html.select(".sheet__questions li")]
    assert questions == QUESTIONS
    byline = html.select_one(".sheet__review .article__byline").get_text()
    assert page.medical_reviewer.name in byline
    reviewed_on = html.select_one(".sheet__review time")["datetime"]
    assert reviewed_on == timezone.localdate().isoformat()
    # The sheet prints; the navigation does not (print.css hides it).
    assert html.select_one('link[rel="stylesheet"][media="print"]')


def test_sheet_without_risk_sections_sends_the_reader_to_ask(client, treatment_index):
    page = TreatmentPageFactory(parent=treatment_index)
    html = soup(client.get(page.url + "appointment-sheet/"))
    assert (
        "Ask your doctor about the side effects"
        in html.select_one(".sheet__risks").get_text()
    )


def test_unknown_sub_route_is_not_found(client, treatment_index):
    page = TreatmentPageFactory(parent=treatment_index)
    assert client.get(page.url + "no-such-view/").status_code == 404
