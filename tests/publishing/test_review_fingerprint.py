"""The fingerprint of what readers see: what changes it, and what does not."""

import pytest
from wagtail.blocks import StreamValue

from publishing.review_fingerprint import fingerprint
from tests.factories import ConditionFactory, TreatmentPageFactory, section
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(treatment_index):
    page = TreatmentPageFactory(parent=treatment_index)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def changed(page, change):
    """The fingerprint of the page's revision after `change(page)`."""
    draft = page.get_latest_revision_as_object()
    change(draft)
    return fingerprint(draft.save_revision().as_object())


@pytest.mark.parametrize(
    "change",
    [
        lambda p: setattr(p, "title", p.title + " (new)"),
        lambda p: setattr(p, "summary", "Regrows hair in everyone."),
        lambda p: setattr(p, "regulatory_status", "approved"),
        lambda p: setattr(p, "regulatory_note", "A new note."),
        lambda p: setattr(p, "evidence_level", "established"),
    ],
    ids=["title", "summary", "regulatory_status", "regulatory_note", "evidence"],
)
def test_a_change_readers_see_changes_it(page, change):
    assert changed(page, change) != fingerprint(page.live_revision.as_object())


def test_body_text_changes_it(page):
    def add_section(draft):
        kind, value = section("Results", "<p>Works for everyone.</p>")
        raw = [*draft.body.raw_data, {"type": kind, "value": value}]
        draft.body = StreamValue(draft.body.stream_block, raw, is_lazy=True)

    before = fingerprint(page.live_revision.as_object())
    assert changed(page, add_section) != before


def test_related_notes_and_conditions_change_it(page, treatment_index):
    other = TreatmentPageFactory(parent=treatment_index, title="Other")
    before = fingerprint(page.live_revision.as_object())

    def add_link(draft):
        draft.related_treatments.add(
            RelatedTreatment(target=other, relation_type="see_also", note="Safer.")
        )

    with_link = changed(page, add_link)
    assert with_link != before
    condition = ConditionFactory()
    assert changed(page, lambda d: d.conditions.add(condition)) != before


def test_seo_and_review_fields_leave_it(page):
    before = fingerprint(page.live_revision.as_object())
    assert changed(page, lambda d: setattr(d, "seo_title", "New SEO title")) == before
    assert changed(page, lambda d: setattr(d, "next_review_due", None)) == before


def test_it_is_the_same_for_the_page_and_its_revision(page):
    assert fingerprint(page) == fingerprint(page.live_revision.as_object())
    assert len(fingerprint(page)) == 64
