"""A visitor reaches a condition page from the home page and a reviewer's
profile from an article; axe finds no violation of any impact on the new pages."""

import pytest
from playwright.sync_api import expect

from .pages import axe_findings

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NEW_PAGES = {
    "conditions": "/conditions/",
    "condition": "/conditions/androgenetic-alopecia/",
    "condition-without-treatments": "/conditions/telogen-effluvium/",
    "doctors": "/doctors/",
    "doctor": "/doctors/dr-alex-rivera-sample/",
}


def test_visitor_reaches_a_condition_from_the_home_page(page, viewport, screenshot):
    page.goto("/")
    page.locator("#conditions").get_by_role("link", name="Telogen effluvium").click()
    expect(page).to_have_url("/conditions/telogen-effluvium/")
    expect(page.locator("h1")).to_have_text("Telogen effluvium")
    expect(page.locator(".condition__no-treatments")).to_be_visible()
    screenshot(page, "telogen-effluvium")

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Conditions"
    ).click()
    page.get_by_role("link", name="Androgenetic alopecia").click()
    expect(page.locator(".treatment-group h2").first).to_have_text(
        "Evidence: Established"
    )
    screenshot(page, "androgenetic-alopecia")


def test_visitor_opens_the_reviewers_profile(page, viewport, screenshot):
    page.goto("/treatments/minoxidil/")
    page.locator(".article__byline a.reviewer").click()
    expect(page.locator(".doctor__sample")).to_contain_text("fictional")
    expect(page.locator(".doctor__reviewed").get_by_role("link")).not_to_have_count(0)
    screenshot(page, "profile")


def test_new_pages_have_no_axe_violations(page, viewport, screenshot):
    assert axe_findings(page, viewport, screenshot, NEW_PAGES) == {}
