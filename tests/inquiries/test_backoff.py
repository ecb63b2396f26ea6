"""Backoff: while the SMTP server refuses, each retry waits twice as long, up
to the cap; once it accepts, every email goes, once."""

import pytest

from inquiries.models import InquiryNotification
from tests.inquiries.queue import let_retry_delays_pass, run_worker, waiting_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, inquiry_page, valid_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/inquire/", valid_data())
    assert response.status_code == 302


def retry_delays():
    """Whole seconds from queueing each waiting retry to when it may run."""
    return sorted(
        round((task.run_after - task.enqueued_at).total_seconds())
        for task in waiting_tasks()
    )


def test_retry_delays_grow_while_smtp_refuses_then_each_email_goes_once(
    smtp_server, settings, submitted
):
    settings.INQUIRY_RETRY_BASE_SECONDS = 60
    settings.INQUIRY_RETRY_MAX_SECONDS = 300
    # Four refusals each for the team's notification and the confirmation.
    smtp_server.refusals_left = 8
    delays = []
    for _ in range(4):
        run_worker()
        delays.append(retry_delays())
        let_retry_delays_pass()

    assert delays == [[60, 60], [120, 120], [240, 240], [300, 300]]
    assert smtp_server.refused == 8
    assert smtp_server.messages == []
    pending = InquiryNotification.objects.all()
    assert {(n.attempts, n.last_error, n.sent_at) for n in pending} == {
        (4, "SMTPDataError", None)
    }

    run_worker()  # the server accepts again
    assert sorted(m["to"][0] for m in smtp_server.messages) == [
        "hair-clinic@example.org",
        "jane@example.com",
    ]
    assert all(n.sent_at for n in InquiryNotification.objects.all())
    assert not waiting_tasks().exists()
