"""An editor who saves a draft a second after typing finds every word kept.

With Wagtail's autosave on, a late autosave request could land after the
editor's own save and leave the draft without its section text and
references (see WAGTAIL_AUTOSAVE_INTERVAL in portal/settings/base.py).
"""

import re
import time

import pytest
from playwright.sync_api import expect

from treatments.models import TreatmentIndexPage, TreatmentPage

from .test_editor import REFERENCE, TITLE, fill_header_fields, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SECTION_TEXT = "The cap cools the scalp so less of the drug reaches it."
# About what an editor takes between the last key and the Save button.
PAUSE_BEFORE_SAVING = 1.0
# Milliseconds between keys: typed as a person types, not pasted.
KEY_DELAY = 15
MORE_TEXT = " It works best when fitted snugly."
CORRECTED_TITLE = "The effectiveness of treatments for androgenetic alopecia: a review"


def saved_draft():
    page = TreatmentPage.objects.get(title=TITLE)
    return page.get_latest_revision_as_object()


def section_text(draft):
    return " ".join(
        block.value["content"].source
        for block in draft.body
        if block.block_type == "section"
    )


def type_section_and_reference(page):
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Section").click()
    page.locator('[name="body-0-value-heading"]').press_sequentially(
        "How the caps work", delay=KEY_DELAY
    )
    page.locator('[data-contentpath="content"] [contenteditable="true"]').first.click()
    page.keyboard.type(SECTION_TEXT, delay=KEY_DELAY)
    page.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name="References").click()
    prefix = "body-1-value-references-0-value-"
    for field, value in REFERENCE.items():
        page.locator(f'[name="{prefix}{field}"]').press_sequentially(
            value, delay=KEY_DELAY
        )


def save_draft_a_second_later(page):
    time.sleep(PAUSE_BEFORE_SAVING)
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.get_by_text(re.compile(r"created\.|has been updated"))).to_be_visible()
    # Whatever else was on its way to the server has landed by now.
    time.sleep(2)
    page.reload()


def expect_in_editor(page, text, reference):
    expect(page.locator('[name="body-0-value-heading"]')).to_have_value(
        "How the caps work"
    )
    expect(page.locator('[data-contentpath="content"]').first).to_contain_text(text)
    prefix = "body-1-value-references-0-value-"
    for field, value in reference.items():
        expect(page.locator(f'[name="{prefix}{field}"]')).to_have_value(value)


def expect_in_draft(text, reference):
    assert TreatmentPage.objects.filter(title=TITLE).count() == 1
    draft = saved_draft()
    assert text in section_text(draft)
    (saved,) = draft.references()
    assert {field: str(saved[field]) for field in reference} == reference


def test_a_draft_saved_a_second_after_typing_keeps_every_word(
    page, viewport, screenshot, admin_user
):
    index = TreatmentIndexPage.objects.get(slug="treatments")
    sign_in(page, "admin", "password")
    page.goto(f"/admin/pages/{index.pk}/add_subpage/")
    fill_header_fields(page)
    type_section_and_reference(page)
    screenshot(page, "1-typed")
    save_draft_a_second_later(page)
    expect_in_editor(page, SECTION_TEXT, REFERENCE)
    expect_in_draft(SECTION_TEXT, REFERENCE)

    # Editing the saved draft: more words, a corrected reference.
    page.locator('[data-contentpath="content"] [contenteditable="true"]').first.click()
    page.keyboard.press("End")
    page.keyboard.type(MORE_TEXT, delay=KEY_DELAY)
    corrected = {**REFERENCE, "title": CORRECTED_TITLE}
    title = page.locator('[name="body-1-value-references-0-value-title"]')
    title.press("End")
    title.press_sequentially(
        CORRECTED_TITLE[len(REFERENCE["title"]) :], delay=KEY_DELAY
    )
    save_draft_a_second_later(page)
    expect_in_editor(page, SECTION_TEXT + MORE_TEXT, corrected)
    screenshot(page, "2-reloaded")
    expect_in_draft(SECTION_TEXT + MORE_TEXT, corrected)
