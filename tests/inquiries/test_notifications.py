"""Emails through the real queue and a real SMTP server: routed, private, retried."""

import pytest
from django.core.mail import BadHeaderError, EmailMessage
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from inquiries.models import InquiryNotification, InquiryRoute, InquirySubmission
from inquiries.tasks import send_inquiry_email
from tests.conftest import free_port
from tests.inquiries.queue import let_retry_delays_pass, run_worker, waiting_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def submit(client, inquiry_page, valid_data, django_capture_on_commit_callbacks):
    """POST the form as a visitor; on-commit callbacks (the queueing) run."""

    def post(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/inquire/", valid_data(**overrides))
        assert response.status_code == 302, response.content[:2000]
        return response

    return post


def messages_to(smtp_server, address):
    return [m for m in smtp_server.messages if m["to"] == [address]]


def test_doctor_gets_a_notification_without_health_data(
    smtp_server, submit, doctor, field_names, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example.org"
    submit(**{field_names["doctor"]: str(doctor.pk)})
    submission = InquirySubmission.objects.get()
    # The request only queued the work: nothing was attempted yet.
    assert smtp_server.messages == []
    assert set(InquiryNotification.objects.values_list("attempts", flat=True)) == {0}

    run_worker()

    [team] = messages_to(smtp_server, doctor.email)
    message = team["message"]
    assert message["Subject"] == f"New inquiry {submission.reference}"
    body = message.get_content()
    admin_url = f"https://admin.example.org/admin/inquiries/inspect/{submission.pk}/"
    assert admin_url in body
    for private in ("Jane", "thinning", "crown", "Exosomes", "jane@example.com"):
        assert private not in message["Subject"]
        assert private not in body
    submission.refresh_from_db()
    assert submission.status == "notified"


def test_visitor_confirmation_has_reference_and_reply_time_only(smtp_server, submit):
    submit()
    run_worker()
    submission = InquirySubmission.objects.get()
    [confirmation] = messages_to(smtp_server, "jane@example.com")
    message = confirmation["message"]
    assert submission.reference in message["Subject"]
    body = message.get_content()
    assert submission.reference in body
    assert "within two working days" in body
    for private in ("Jane", "thinning", "crown", "Exosomes", "+1 555"):
        assert private not in body
        assert private not in message["Subject"]


def test_message_is_quoted_only_when_the_setting_allows(smtp_server, submit, home_page):
    from inquiries.models import InquirySettings

    options = InquirySettings.for_site(home_page.get_site())
    options.include_message_in_notifications = True
    options.save()
    submit()
    run_worker()
    [team] = messages_to(smtp_server, "hair-clinic@example.org")
    assert "thinning at the crown" in team["message"].get_content()
    assert "thinning" not in team["message"]["Subject"]


def test_condition_rule_routes_when_no_doctor_is_chosen(smtp_server, submit):
    # The demo's example rule: androgenetic alopecia -> the hair clinic.
    submit()
    run_worker()
    assert len(messages_to(smtp_server, "hair-clinic@example.org")) == 1


def test_treatment_rule_wins_over_condition_rule(smtp_server, submit, treatment):
    InquiryRoute.objects.create(treatment=treatment, email="exosomes@example.org")
    submit()
    run_worker()
    assert len(messages_to(smtp_server, "exosomes@example.org")) == 1
    assert messages_to(smtp_server, "hair-clinic@example.org") == []


def test_default_address_when_nothing_matches(smtp_server, submit, field_names):
    submit(**{field_names["treatment"]: ""})
    run_worker()
    assert len(messages_to(smtp_server, "inquiries@example.org")) == 1


def test_doctor_without_email_falls_through_to_the_rules(
    smtp_server, submit, doctor, field_names
):
    doctor.email = ""
    doctor.save()
    submit(**{field_names["doctor"]: str(doctor.pk)})
    run_worker()
    assert len(messages_to(smtp_server, "hair-clinic@example.org")) == 1


def test_smtp_down_then_back_delivers_once(client, smtp_server, submit, settings):
    smtp_server.messages.clear()
    settings.EMAIL_PORT = free_port()  # nothing listens here: connection refused
    response = submit()
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    submission = InquirySubmission.objects.get()
    assert submission.reference in thanks.content.decode()

    run_worker()
    assert smtp_server.messages == []
    pending = list(InquiryNotification.objects.all())
    assert [n.attempts for n in pending] == [1, 1]
    assert {n.last_error for n in pending} == {"ConnectionRefusedError"}
    assert all(n.sent_at is None for n in pending)
    retries = waiting_tasks()
    assert retries.count() == 2
    assert all(task.run_after > timezone.now() for task in retries)

    settings.EMAIL_PORT = smtp_server.port  # the server is back
    let_retry_delays_pass()
    run_worker()

    assert sorted(m["to"][0] for m in smtp_server.messages) == [
        "hair-clinic@example.org",
        "jane@example.com",
    ]
    assert all(n.sent_at for n in InquiryNotification.objects.all())
    submission.refresh_from_db()
    assert submission.status == "notified"
    # Nothing left to retry, and running the worker again sends nothing more.
    assert not waiting_tasks().exists()
    run_worker()
    assert len(smtp_server.messages) == 2


def test_a_duplicate_task_does_not_send_twice(smtp_server, submit):
    submit()
    team = InquiryNotification.objects.get(kind="team")
    send_inquiry_email.enqueue(team.pk, 0)  # e.g. the resend command raced the queue
    run_worker()
    assert len(messages_to(smtp_server, "hair-clinic@example.org")) == 1


def test_resend_command_queues_emails_whose_task_was_lost(
    smtp_server, client, valid_data
):
    # Posted without running on-commit callbacks: the tasks were never queued.
    client.post("/inquire/", valid_data())
    assert not DBTaskResult.objects.exists()
    InquiryNotification.objects.update(
        next_attempt_at=timezone.now() - timezone.timedelta(hours=1)
    )
    call_command("resend_inquiry_emails", stdout=open("/dev/null", "w"))
    run_worker()
    assert len(smtp_server.messages) == 2


def test_django_mail_refuses_line_breaks_in_headers():
    with pytest.raises(BadHeaderError):
        EmailMessage(
            subject="New inquiry\r\nBcc: victim@example.org", to=["a@example.org"]
        ).message()
    with pytest.raises((BadHeaderError, ValueError)):
        EmailMessage(
            subject="x", to=["a@example.org\nBcc: victim@example.org"]
        ).message()
