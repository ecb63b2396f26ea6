"""Small helpers the browser tests share: keyboard focus, axe runs."""

import json
import os
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import DEFAULT_SCREENSHOT_DIR

EXOSOME_SLUG = "exosomes-for-hair-restoration"
EXOSOME_URL = f"/treatments/{EXOSOME_SLUG}/"
BLOCKING_IMPACTS = {"serious", "critical"}


def tab_until(page, selector, limit=40):
    """Press Tab until the element matching `selector` has focus, as a keyboard user."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "(selector) => document.activeElement?.matches(selector) ?? false",
            selector,
        ):
            return
    raise AssertionError(f"{selector} never received focus after {limit} Tab presses")


def axe_violations(page):
    """Every axe-core violation on the page, summarised: id, impact, help, where."""
    results = Axe().run(page)
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"][0] for node in violation["nodes"][:10]],
        }
        for violation in results.response["violations"]
    ]


def blocking(violations):
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def record(name, viewport, violations):
    """Keep the findings next to the screenshots, for the people reading CI."""
    folder = Path(os.environ.get("SCREENSHOT_DIR") or DEFAULT_SCREENSHOT_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"axe-{name}-{viewport}.json").write_text(
        json.dumps(violations, indent=2)
    )


def axe_findings(page, viewport, screenshot, pages):
    """{name: violations} over `pages` ({name: url}), each opened, shown to
    have one h1, photographed and its findings recorded; empty when clean."""
    found = {}
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        expect(page.locator("h1")).to_have_count(1)
        screenshot(page, name, full_page=False)
        violations = axe_violations(page)
        record(name, viewport, violations)
        if violations:
            found[name] = violations
    return found
