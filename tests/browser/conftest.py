"""Browser fixtures: one Chromium per session, a fresh context per test.

Playwright's sync API runs an asyncio loop in the test thread; Django would
refuse the tests' own ORM calls from inside it, so the guard is lifted for
this test session only (the calls are still synchronous and single-threaded).
"""

import os
import re
import threading
import time
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Site

from tests.demo_snapshot import restore_demo
from tests.operations.processes import wait_for

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-sync",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1366, "height": 768},
}
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"
MISSING_BROWSER = (
    f"Chromium not found at {CHROMIUM}. Install Debian's package "
    "(`sudo apt-get install chromium`) or set CHROMIUM_PATH; "
    "never run `playwright install`."
)


def browser_required():
    return os.environ.get("REQUIRE_BROWSER") == "1" or os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if browser_required():
            pytest.fail(MISSING_BROWSER + " (REQUIRE_BROWSER/CI is set: failing)")
        pytest.skip(MISSING_BROWSER)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def migrated_snapshot(django_db_setup, django_db_blocker):
    """The rows migrations created (root page, locale, groups), serialized."""
    with django_db_blocker.unblock():
        connection = connections[DEFAULT_DB_ALIAS]
        saved = getattr(connection, "_test_serialized_contents", None)
        return saved or connection.creation.serialize_db_to_string()


@pytest.fixture(scope="session", autouse=True)
def restorable_migrated_state(migrated_snapshot, browser):
    """Let serialized_rollback restore the migrated rows between browser tests.

    Transactional tests flush the database after each test, and Django puts
    the migrated rows back from a copy kept on the database connection. Django's
    connections are context-local and, once Playwright's event loop has
    started, these tests are handed a fresh connection without that copy; give
    it the copy taken before the browser started.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = migrated_snapshot


@pytest.fixture
def demo_site(live_server):
    """The demo content, served by the live server under its own host and port."""
    restore_demo()  # clears the cache: cached site lookups name the old tree
    host, port = re.match(r"https?://([^:/]+):(\d+)", live_server.url).groups()
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    yield live_server
    cache.clear()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.fixture
def page(browser, demo_site, viewport):
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        base_url=demo_site.url,
        reduced_motion="reduce",
    )
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()
    wait_until_the_live_server_is_quiet()


# The live server answers each request in a thread of this name (Python's
# socketserver.ThreadingMixIn).
REQUEST_THREAD = "(process_request_thread)"


def wait_until_the_live_server_is_quiet(quiet=0.2, timeout=5.0):
    """Until no request from the closed tab is still being answered (an
    autosave, the editor's session release on unload), and none has started
    for `quiet` seconds: a transactional test flushes the database next, and
    a request still writing would make the flush fail."""
    last_busy = time.monotonic()

    def quiet_long_enough():
        nonlocal last_busy
        if any(t.name.endswith(REQUEST_THREAD) for t in threading.enumerate()):
            last_busy = time.monotonic()
        return time.monotonic() - last_busy >= quiet

    wait_for(quiet_long_enough, timeout=timeout, step=0.02)


@pytest.fixture
def screenshot(request, viewport):
    """screenshot(page, step) saves <test>-<viewport>-<step>.png in $SCREENSHOT_DIR."""
    folder = Path(os.environ.get("SCREENSHOT_DIR") or DEFAULT_SCREENSHOT_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    test_name = request.node.originalname

    def save(tab, step, full_page=True):
        path = folder / f"{test_name}-{viewport}-{step}.png"
        tab.screenshot(path=str(path), full_page=full_page)
        return path

    return save
