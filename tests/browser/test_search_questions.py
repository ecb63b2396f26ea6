"""A question typed into the home page's search box (the hero's on a wide
screen; on a phone, where one box is shown, the header's): the suggestions name
the treatment, each in a title and one line, six or more fit on a phone, and the
results show each treatment's regulatory status."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# The home page's hero box on a wide screen; on a phone it is hidden, so that
# one box shows, and the header's is the one a reader types into.
HOME_SEARCH = {"desktop": "#hero-search-input", "phone": "#site-search-input"}


def open_suggestions(page, text):
    page.goto("/")
    viewport = "phone" if page.viewport_size["width"] < 600 else "desktop"
    box = page.locator(HOME_SEARCH[viewport])
    expect(box).to_be_visible()
    box.click()
    box.press_sequentially(text, delay=30)
    expect(box).to_have_attribute("aria-expanded", "true")
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    return options


def test_a_question_suggests_the_treatment_it_names(page, viewport, screenshot):
    options = open_suggestions(page, "does minoxidil work")
    expect(options.first.locator(".suggest__title")).to_have_text("Topical minoxidil")
    screenshot(page, "1-question", full_page=False)

    # A brand name and a misspelling, as full search understands them.
    options = open_suggestions(page, "can rogaine regrow hair")
    expect(options.first.locator(".suggest__title")).to_have_text("Topical minoxidil")
    options = open_suggestions(page, "is olumiant safe")
    expect(options.first.locator(".suggest__title")).to_have_text(
        "Baricitinib for severe alopecia areata"
    )

    # Enter without choosing submits the question; the named treatment leads
    # and every result carries its regulatory status, in the article's words.
    page.keyboard.press("Escape")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search/\?q=is\+olumiant\+safe"))
    results = page.locator(".search-results .search-result")
    expect(results.first.locator(".search-result__title")).to_have_text(
        "Baricitinib for severe alopecia areata"
    )
    expect(results.first.locator(".badge--status")).to_have_text(
        "Approved for this use"
    )
    assert results.count() == results.locator(".badge--status").count()
    screenshot(page, "2-results", full_page=False)


def test_six_suggestions_fit_each_a_title_and_one_line(page, viewport, screenshot):
    options = open_suggestions(page, "hair")
    screenshot(page, "1-six-suggestions", full_page=False)
    assert options.count() >= 6
    listbox = page.get_by_role("listbox").bounding_box()
    for index in range(6):
        option = options.nth(index)
        box = option.bounding_box()
        # Visible in the list without scrolling it, and on the first screen.
        assert box["y"] + box["height"] <= listbox["y"] + listbox["height"] + 1
        assert box["y"] + box["height"] <= page.viewport_size["height"]
        line = option.locator(".suggest__summary")
        height = line.bounding_box()["height"]
        line_height = line.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
        assert height <= line_height * 1.2  # one line
        assert len(line.inner_text()) <= 80
