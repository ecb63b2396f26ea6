"""reader_text: the one reading of an article body that every reader of it shares."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import TreatmentPageFactory, reference, references_block, section
from treatments.article import reader_text, reading_minutes, references
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

BODY = [
    section("What it is", "<p>A foam &amp; a serum.</p><p>Twice daily.</p>"),
    ("callout", {"variant": "warning", "title": "Mind", "text": "<p>Avoid X.</p>"}),
    (
        "faq",
        {
            "heading": "Questions",
            "items": [
                {"question": "Is it safe?", "answer": "<p>Mostly.</p>"},
                {"question": "Does it hurt?", "answer": "<p>A little.</p>"},
            ],
        },
    ),
    references_block(reference(doi="10.1111/jocd.15869", url="https://a.example")),
]


def texts_by_block(article):
    return [(block.block_type, block.heading, block.text) for block in article]


def test_reads_prose_only_with_headings_and_anchors(treatment_index):
    page = TreatmentPageFactory(parent=treatment_index, body=BODY)
    article = reader_text(page.body)
    assert texts_by_block(article) == [
        ("section", "What it is", "What it is\nA foam & a serum.\nTwice daily.\n"),
        ("callout", "Mind", "Mind\nAvoid X.\n"),
        (
            "faq",
            "Questions",
            "Questions\nIs it safe?\nMostly.\n\nDoes it hurt?\nA little.\n",
        ),
        (
            "references",
            "References",
            "References\nAdil A, Godwin M\n"
            "The effectiveness of treatments for androgenetic alopecia\n"
            "J Am Acad Dermatol",
        ),
    ]
    # Blocks with a heading of their own get an anchor; a callout's title not.
    assert [block.anchor for block in article] == [
        "what-it-is",
        None,
        "questions",
        "references",
    ]
    assert [len(item) for item in article[2].items("items")] == [2, 2]
    assert article[1].value["variant"] == "warning"


def test_saved_page_bound_form_value_and_raw_json_read_the_same(treatment_index):
    page = TreatmentPageFactory(parent=treatment_index, body=BODY)
    saved = TreatmentPage.objects.get(pk=page.pk).body
    bound = TreatmentPage.body.field.stream_block.normalize(BODY)
    raw = [{"type": kind, "value": value} for kind, value in BODY]
    expected = texts_by_block(reader_text(saved))
    assert texts_by_block(reader_text(bound)) == expected
    assert texts_by_block(reader_text(saved.raw_data)) == expected
    assert texts_by_block(reader_text(raw)) == expected


def test_reading_a_saved_body_makes_no_queries_even_with_images(
    treatment_index, django_assert_num_queries
):
    image = Image.objects.create(title="Scalp", file=get_test_image_file())
    image_block = ("image", {"image": image, "alt_text": "A scalp", "caption": "Hi"})
    page = TreatmentPageFactory(parent=treatment_index, body=[image_block, *BODY])
    body = TreatmentPage.objects.get(pk=page.pk).body
    with django_assert_num_queries(0):
        article = reader_text(body)
        found = references(body)
    assert article[0].text == "A scalp\nHi"
    assert [ref["doi"] for ref in found] == ["10.1111/jocd.15869"]


def test_reading_time_counts_prose_words(treatment_index):
    words = " ".join(["word"] * 399)
    page = TreatmentPageFactory(
        parent=treatment_index, body=[section("Two", f"<p>{words}</p>")]
    )
    assert reading_minutes(reader_text(page.body)) == 2  # 400 words at 200 a minute
    page.body = [section("One", "<p>Short.</p>")]
    assert reading_minutes(reader_text(page.body)) == 1
