"""Small helpers the browser tests share: keyboard focus, axe runs."""

from axe_playwright_python.sync_playwright import Axe

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
