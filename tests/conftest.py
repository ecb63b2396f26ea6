"""Shared fixtures: the site tree, a real SMTP server, the test Redis.

`admin_user` and `admin_client` are pytest-django's own (a superuser "admin"
with the password "password").
"""

import os

import pytest

from tests.factories import TreatmentIndexPageFactory, fresh_home_page


@pytest.fixture
def home_page(db):
    return fresh_home_page(site_name="Test")


@pytest.fixture
def treatment_index(home_page):
    return TreatmentIndexPageFactory(parent=home_page)


@pytest.fixture
def demo_content(db):
    """The database as `load_demo` leaves it, restored from the session's copy
    (tests/demo_snapshot.py): a second instead of the build's several."""
    from tests.demo_snapshot import restore_demo

    restore_demo()


@pytest.fixture
def redis_test_url():
    """The Redis database tests may write to: `REDIS_TEST_URL` (CI exports it),
    else database 15 on the local server."""
    return os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


class CollectingHandler:
    """aiosmtpd handler that keeps every message it accepts.

    Set `refusals_left` to answer that many messages with a temporary failure
    (451), as a busy or greylisting server does, before accepting again;
    `refused` counts them.
    """

    def __init__(self):
        self.messages = []
        self.refusals_left = 0
        self.refused = 0

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes
        from email.policy import default

        if self.refusals_left > 0:
            self.refusals_left -= 1
            self.refused += 1
            return "451 4.3.0 Try again later"

        message = message_from_bytes(envelope.content, policy=default)
        self.messages.append(
            {
                "from": envelope.mail_from,
                "to": list(envelope.rcpt_tos),
                "message": message,
            }
        )
        return "250 Message accepted for delivery"


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on a free loopback port; Django's SMTP backend sends to it.

    Yields the handler: `smtp_server.messages` lists what arrived.
    """
    from aiosmtpd.controller import Controller

    handler = CollectingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    handler.port = port
    handler.controller = controller
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached sites, view restrictions
    and body fragments of an earlier test's rolled-back rows never leak in,
    nor fragments this process remembers (treatments.fragments)."""
    from django.core.cache import cache

    from treatments.fragments import forget_fragments

    cache.clear()
    forget_fragments()
