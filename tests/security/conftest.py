"""Fixtures for hostile-input tests: the demo site, a client that counts.

Every request a test here sends goes through `hostile_client`, which counts
requests and server errors per test module; the totals are printed at the end
of the run and written to test-artifacts/security-counts.json.
"""

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client

from tests.demo_snapshot import restore_demo

# The inquiry form's fixtures (demo form page, valid POST data, a manager),
# shared with tests/inquiries/ rather than copied.
from tests.inquiries.conftest import (  # noqa: F401
    condition,
    doctor,
    field_names,
    fresh_cache,
    inquiry_page,
    manager,
    treatment,
    valid_data,
)

# The site where a restricted page and a draft are linked from everywhere.
from .private_site import member_client, private_site  # noqa: F401

COUNTS = Counter()


class CountingClient(Client):
    """A test client that answers 500 instead of raising, and counts."""

    def __init__(self, **kwargs):
        super().__init__(raise_request_exception=False, **kwargs)

    def request(self, **request):
        response = super().request(**request)
        COUNTS["requests"] += 1
        if response.status_code >= 500:
            COUNTS["5xx"] += 1
        return response


@pytest.fixture
def hostile_client():
    return CountingClient()


@pytest.fixture(scope="module")
def demo_database(django_db_setup, django_db_blocker):
    """The demo site, built once per module inside a transaction that is
    rolled back afterwards; each test still runs in its own savepoint."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            restore_demo()
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def demo_site(demo_database, db):
    return None


def pytest_terminal_summary(terminalreporter):
    if not COUNTS["requests"]:
        return
    terminalreporter.write_line(
        f"security: {COUNTS['requests']} hostile requests, {COUNTS['5xx']} 5xx"
    )
    folder = Path(os.environ.get("SECURITY_COUNTS_DIR", "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "security-counts.json").write_text(json.dumps(dict(COUNTS)) + "\n")
