"""A submission and its pending emails are saved together or not at all.

The database itself refuses the visitor's confirmation row (a trigger), after
the submission and the team's notification were written in the same request.
Real commits, as in production: no test transaction hides a partial write.
"""

import pytest
from django.db import DatabaseError, connection

from inquiries.models import InquiryNotification, InquirySubmission
from tests.inquiries.queue import waiting_tasks

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REFUSAL = "refused by the test"

REFUSE_VISITOR_NOTIFICATIONS = {
    "sqlite": [
        """
        CREATE TRIGGER refuse_visitor_notification BEFORE INSERT ON {table}
        WHEN NEW.kind = 'visitor'
        BEGIN SELECT RAISE(ABORT, '{refusal}'); END
        """
    ],
    "postgresql": [
        """
        CREATE FUNCTION refuse_visitor_notification() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{refusal}'; END $$
        """,
        """
        CREATE TRIGGER refuse_visitor_notification BEFORE INSERT ON {table}
        FOR EACH ROW WHEN (NEW.kind = 'visitor')
        EXECUTE FUNCTION refuse_visitor_notification()
        """,
    ],
}
ALLOW_VISITOR_NOTIFICATIONS = {
    "sqlite": ["DROP TRIGGER IF EXISTS refuse_visitor_notification"],
    "postgresql": [
        "DROP TRIGGER IF EXISTS refuse_visitor_notification ON {table}",
        "DROP FUNCTION IF EXISTS refuse_visitor_notification()",
    ],
}


def run_statements(statements):
    table = connection.ops.quote_name(InquiryNotification._meta.db_table)
    with connection.cursor() as cursor:
        for statement in statements[connection.vendor]:
            cursor.execute(statement.format(table=table, refusal=REFUSAL))


@pytest.fixture
def visitor_notifications_refused(transactional_db):
    run_statements(REFUSE_VISITOR_NOTIFICATIONS)
    yield
    run_statements(ALLOW_VISITOR_NOTIFICATIONS)


def test_trigger_refuses_only_the_visitors_row(
    inquiry_page, visitor_notifications_refused
):
    # The team's row goes in: the refusal is aimed at the second insert.
    submission = InquirySubmission.objects.create(page=inquiry_page, form_data={})
    InquiryNotification.objects.create(submission=submission, kind="team")
    with pytest.raises(DatabaseError, match=REFUSAL):
        InquiryNotification.objects.create(
            submission=submission, kind="visitor", recipient="jane@example.com"
        )
    assert list(InquiryNotification.objects.values_list("kind", flat=True)) == ["team"]


def test_no_submission_is_kept_when_its_emails_cannot_be_saved(
    client, inquiry_page, valid_data, visitor_notifications_refused
):
    with pytest.raises(DatabaseError, match=REFUSAL):
        client.post("/inquire/", valid_data())

    assert not InquirySubmission.objects.exists()
    assert not InquiryNotification.objects.exists()
    assert not waiting_tasks().exists()  # nothing was queued for sending
