"""Pressing Send on an empty inquiry form shows what to fill in, next to each field."""

import re

import pytest
from playwright.sync_api import expect

from inquiries.forms import TOO_FAST

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_empty_form_shows_field_errors(page, viewport, screenshot, settings):
    # The real minimum fill time: a person who presses Send at once is told
    # what is missing, not that they were too quick.
    settings.INQUIRY_MIN_FILL_SECONDS = 3
    page.goto("/inquire/")
    form = page.locator("form.inquiry-form")
    before_sending = form.locator("#inquiry-before-sending")
    expect(before_sending).to_contain_text("two working days")
    expect(before_sending.get_by_role("link")).to_have_attribute(
        "href", "#privacy-notice"
    )
    screenshot(page, "1-before-sending")

    form.get_by_role("button", name=re.compile("send", re.I)).click()
    expect(page.locator("#form-errors")).to_contain_text("Please correct the fields")
    expect(page.get_by_text(TOO_FAST)).to_have_count(0)
    for label in ("name", "email", "question"):
        field = page.locator("form.inquiry-form").get_by_label(re.compile(label, re.I))
        expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".form-field--error")).to_have_count(4)
    screenshot(page, "2-field-errors")
