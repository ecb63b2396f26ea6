"""axe-core in Chromium: no violations at all, of any impact, on the key pages."""

import pytest
from playwright.sync_api import expect

from .pages import EXOSOME_URL, axe_violations, blocking, record

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = {
    "home": "/",
    "index": "/treatments/",
    "exosome-article": EXOSOME_URL,
    "search-results": "/search/?q=exosome",
    "zero-results": "/search/?q=zzqxv",
    "inquiry": "/inquire/",
    "editorial-policy": "/editorial-policy/",
    "accessibility-statement": "/accessibility/",
    "privacy-notice": "/privacy/",
}


def test_key_pages_have_no_axe_violations(page, viewport, screenshot):
    failures = {}
    for name, url in PAGES.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        expect(page.locator("h1")).to_have_count(1)
        expect(page.locator("main#main-content")).to_have_count(1)
        screenshot(page, name, full_page=False)
        check_skip_link(page)
        violations = axe_violations(page)
        record(name, viewport, violations)
        if violations:
            failures[name] = violations
    assert failures == {}


def check_skip_link(page):
    """The first Tab shows the skip link; Enter moves focus to the main content."""
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page.locator("main#main-content")).to_be_focused()


def test_axe_reports_a_known_violation(browser):
    """Guards the check above: an empty result must mean a clean page."""
    tab = browser.new_page()
    tab.set_content(
        '<html lang="en"><body><main><h1>Broken</h1>'
        '<input type="text"><img src="data:,"></main></body></html>'
    )
    found = {violation["id"] for violation in blocking(axe_violations(tab))}
    tab.close()
    assert {"label", "image-alt"} <= found
