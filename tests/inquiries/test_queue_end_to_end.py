"""The whole path with real commits: no test transaction, no captured callbacks.

The visitor's transaction commits, transaction.on_commit queues the tasks in
the database, and the unmodified db_worker sends them when SMTP is back.
"""

import io

import pytest
from django.test import Client

from inquiries.models import InquiryNotification, InquirySubmission
from tests.conftest import free_port
from tests.inquiries.queue import call_worker, let_retry_delays_pass, waiting_tasks


def run_real_worker():
    out = io.StringIO()
    call_worker(out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_committed_submission_survives_smtp_outage(
    inquiry_page, valid_data, smtp_server, settings
):
    settings.EMAIL_PORT = free_port()  # SMTP down
    response = Client().post("/inquire/", valid_data())
    assert response.status_code == 302
    assert InquirySubmission.objects.count() == 1
    # Queued by transaction.on_commit after the real commit.
    assert waiting_tasks().count() == 2

    run_real_worker()
    assert smtp_server.messages == []
    assert InquiryNotification.objects.filter(sent_at__isnull=True).count() == 2

    settings.EMAIL_PORT = smtp_server.port  # SMTP back
    let_retry_delays_pass()
    run_real_worker()
    assert sorted(m["to"][0] for m in smtp_server.messages) == [
        "hair-clinic@example.org",
        "jane@example.com",
    ]
    assert InquirySubmission.objects.get().status == "notified"
