"""An editor writes a treatment page in the admin, publishes it, and finds it."""

import re

import pytest
from playwright.sync_api import expect

from treatments.models import TreatmentIndexPage, TreatmentPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Scalp cooling caps"
REFERENCE = {
    "authors": "Adil A, Godwin M",
    "title": "The effectiveness of treatments for androgenetic alopecia",
    "publisher": "J Am Acad Dermatol",
    "year": "2017",
    "pmid": "28396101",
}


def sign_in(page, username, password):
    page.goto("/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def fill_header_fields(page):
    page.fill("#id_title", TITLE)
    page.fill(
        "#id_summary",
        "Caps worn during chemotherapy that cool the scalp to reduce hair loss.",
    )
    page.select_option("#id_evidence_level", "emerging")
    page.select_option("#id_regulatory_status", "cleared")
    reviewer_panel = page.locator("#panel-child-content-medical_review-content")
    reviewer_panel.locator("[data-chooser-action-choose]").click()
    page.get_by_role("link", name=re.compile("Rivera")).first.click()
    expect(reviewer_panel).to_contain_text("Rivera")
    # The review dates are shown, not typed: only an approval sets them.
    expect(page.locator("#id_last_reviewed")).to_have_count(0)


def add_section_and_reference(page):
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Section").click()
    page.fill('[name="body-0-value-heading"]', "How the caps work")
    page.locator('[data-contentpath="content"] [contenteditable="true"]').first.click()
    page.keyboard.type("The cap cools the scalp so less of the drug reaches it.")

    page.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name="References").click()
    prefix = "body-1-value-references-0-value-"
    for field, value in REFERENCE.items():
        page.fill(f'[name="{prefix}{field}"]', value)


@pytest.mark.parametrize("viewport", ["desktop"])
def test_editor_publishes_a_treatment_and_finds_it_in_search(
    page, viewport, screenshot, admin_user
):
    index = TreatmentIndexPage.objects.get(slug="treatments")
    sign_in(page, "admin", "password")
    page.goto(f"/admin/pages/{index.pk}/add_subpage/")
    expect(page.locator("#id_title")).to_be_visible()
    fill_header_fields(page)
    add_section_and_reference(page)
    screenshot(page, "1-editor-form")

    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{index.pk}/$"))
    expect(page.get_by_text(re.compile(f"{TITLE}.*published", re.I))).to_be_visible()
    screenshot(page, "2-published")

    published = TreatmentPage.objects.get(title=TITLE)
    assert published.live
    assert published.references()[0]["pmid"] == "28396101"

    page.goto("/")
    page.fill("#site-search-input", "scalp cooling")
    page.locator(".site-search button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=scalp"))
    result = page.locator(".search-results a", has_text=TITLE)
    expect(result).to_be_visible()
    screenshot(page, "3-found-in-search")
    result.click()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator("#how-the-caps-work")).to_be_visible()
    expect(page.locator(".references__list li")).to_have_count(1)
    # Published by an admin, not approved: readers are told the review is pending.
    expect(page.locator(".review-pending")).to_contain_text(
        "its medical review is pending"
    )
