"""Trust journeys in Chromium, on phone and desktop: a visitor answers "Was
this page helpful?" and an editor finds the answer in the report; the policy
pages are reached from the footer; a condition page reached from the home page
shows the help tiers. axe finds no violation of any impact on the new pages."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from .pages import EXOSOME_URL, axe_findings, axe_violations, record
from .test_editor import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COMMENT = "The section on costs was missing."
NEW_PAGES = {
    "editorial-policy": "/editorial-policy/",
    "accessibility-statement": "/accessibility/",
    "privacy-notice": "/privacy/",
}


def answer_not_helpful(page, comment):
    feedback = page.locator("section#feedback")
    feedback.scroll_into_view_if_needed()
    feedback.get_by_label("No").check()
    feedback.get_by_label("What could we do better? (optional)").fill(comment)
    feedback.get_by_role("button", name="Send feedback").click()


def test_visitor_answers_and_an_editor_reads_it(
    page, viewport, screenshot, django_user_model
):
    page.goto(EXOSOME_URL)
    expect(page.locator("#feedback h2")).to_have_text("Was this page helpful?")
    page.locator("section#feedback").scroll_into_view_if_needed()
    screenshot(page, "1-form", full_page=False)

    answer_not_helpful(page, COMMENT)
    expect(page.locator("h1")).to_have_text("Thank you for your feedback")
    expect(page.get_by_role("link", name="Back to Exosomes")).to_be_visible()
    screenshot(page, "2-thanks", full_page=False)
    violations = axe_violations(page)
    record("feedback-thanks", viewport, violations)
    assert violations == []

    editor = django_user_model.objects.create_user(username="ed", password="pw-ed")
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(page, "ed", "pw-ed")
    page.goto("/admin/reports/page-feedback/")
    row = page.locator("table tbody tr").filter(has_text="Exosomes")
    expect(row.locator("td").nth(1)).to_have_text("0")
    expect(row.locator("td").nth(2)).to_have_text("1")
    expect(row).to_contain_text(COMMENT)
    screenshot(page, "3-report", full_page=False)


def test_a_comment_with_an_email_address_is_refused(page, viewport, screenshot):
    page.goto(EXOSOME_URL)
    answer_not_helpful(page, "Reply to me at jane@example.org")
    error = page.locator("#feedback-comment-error")
    expect(error).to_contain_text("Please remove the email address")
    expect(page.locator("#feedback-comment")).to_have_value(
        "Reply to me at jane@example.org"
    )
    screenshot(page, "refused", full_page=False)
    violations = axe_violations(page)
    record("feedback-refused", viewport, violations)
    assert violations == []


def test_policies_from_the_footer_and_help_on_a_condition(page, viewport, screenshot):
    page.goto("/")
    footer = page.get_by_role("navigation", name="Footer")
    footer.get_by_role("link", name="Editorial policy").click()
    expect(page).to_have_url("/editorial-policy/")
    expect(page.locator("h1")).to_have_text("Editorial policy")
    expect(page.get_by_role("heading", name="Conflicts of interest")).to_be_visible()

    page.goto("/")
    page.locator("#conditions").get_by_role("link", name="Alopecia areata").click()
    expect(page).to_have_url("/conditions/alopecia-areata/")
    tiers = page.locator(".condition__help .help-tier")
    expect(tiers).to_have_count(3)
    expect(tiers.first).to_contain_text("call your local emergency number")
    tiers.first.scroll_into_view_if_needed()
    screenshot(page, "condition-help", full_page=False)


def test_new_pages_have_no_axe_violations(page, viewport, screenshot):
    assert axe_findings(page, viewport, screenshot, NEW_PAGES) == {}
