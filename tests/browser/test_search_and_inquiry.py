"""Keyboard-only search with the suggest box, then an inquiry about the treatment."""

import re

import pytest
from playwright.sync_api import expect

from .pages import EXOSOME_SLUG, EXOSOME_URL, tab_until

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HEADER_SEARCH = "#site-search-input"


def test_visitor_searches_with_the_keyboard_only(page, viewport, screenshot):
    page.goto("/")
    tab_until(page, HEADER_SEARCH)
    page.keyboard.type("exosome", delay=40)
    search_box = page.locator(HEADER_SEARCH)
    expect(search_box).to_have_attribute("aria-expanded", "true")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    screenshot(page, "1-suggestions", full_page=False)

    # Arrow down to the exosome suggestion; the input keeps focus throughout.
    titles = [text.lower() for text in options.all_inner_texts()]
    wanted = next(i for i, text in enumerate(titles) if "hair restoration" in text)
    for _ in range(wanted + 1):
        page.keyboard.press("ArrowDown")
    chosen = options.nth(wanted)
    expect(chosen).to_have_attribute("aria-selected", "true")
    expect(search_box).to_have_attribute(
        "aria-activedescendant", chosen.get_attribute("id")
    )
    expect(search_box).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(EXOSOME_URL) + "$"))

    # Enter without choosing a suggestion submits the search as a plain form.
    tab_until(page, HEADER_SEARCH)
    page.keyboard.type("exosome", delay=20)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=exosome"))
    expect(page.locator("h1")).to_have_count(1)
    first_result = page.locator(".search-results a").first
    expect(first_result).to_contain_text(re.compile("exosome", re.I))
    screenshot(page, "2-results")


def test_visitor_sends_an_inquiry_fixing_one_field(
    page, viewport, screenshot, settings
):
    # The minimum fill time keeps robots out and has its own tests; a person
    # takes longer than a scripted browser, so it is not what this flow checks.
    settings.INQUIRY_MIN_FILL_SECONDS = 0
    page.goto(EXOSOME_URL)
    # The call near the top of the article, the first a reader meets.
    page.locator(".cta--top a.button").click()
    expect(page).to_have_url(re.compile(rf"/inquire/\?treatment={EXOSOME_SLUG}$"))
    form = page.locator("form.inquiry-form")
    treatment = form.get_by_label(re.compile("treatment", re.I))
    selected = treatment.evaluate("el => el.options[el.selectedIndex].text")
    assert "xosome" in selected

    form.get_by_label(re.compile(r"\bname\b", re.I)).fill("Sam Example")
    email = form.get_by_label(re.compile("email", re.I))
    email.fill("sam.example.org")  # missing the @
    form.get_by_label(re.compile("question", re.I)).fill(
        "Would exosome treatment be suitable for thinning at my crown?"
    )
    consent = form.get_by_role("checkbox")
    consent.check()
    form.get_by_role("button", name=re.compile("send", re.I)).click()

    # The error sits next to the field, is tied to it, and the input is kept.
    email = page.locator("form.inquiry-form").get_by_label(re.compile("email", re.I))
    expect(email).to_have_attribute("aria-invalid", "true")
    error_id = email.get_attribute("aria-describedby").split()
    errors = page.locator(".errorlist")
    expect(errors).to_have_count(1)
    assert errors.first.get_attribute("id") in error_id
    expect(email).to_have_value("sam.example.org")
    expect(
        page.locator("form.inquiry-form").get_by_label(re.compile("question", re.I))
    ).to_have_value(re.compile("crown"))
    screenshot(page, "1-error")

    email.fill("sam@example.org")
    page.locator("form.inquiry-form").get_by_role("checkbox").check()
    page.get_by_role("button", name=re.compile("send", re.I)).click()
    expect(page.locator("h1")).to_contain_text("Thank you")
    expect(page.get_by_text("What happens next")).to_be_visible()
    assert "sam" not in page.url.lower()
    screenshot(page, "2-thank-you")
