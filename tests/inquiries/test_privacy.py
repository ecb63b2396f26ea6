"""Submission data never reaches logs, URLs or shared caches."""

import logging

import pytest

from inquiries.models import InquirySubmission
from tests.inquiries.queue import let_retry_delays_pass, run_worker

pytestmark = pytest.mark.django_db

PRIVATE = ["Jane Visitor", "jane@example.com", "thinning at the crown", "555 0100"]


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines = []

    def emit(self, record):
        # aiosmtpd's "mail.log" is the test's stand-in for the mail server,
        # a separate system that of course sees its recipients.
        if not record.name.startswith("mail.log"):
            self.lines.append(self.format(record))


@pytest.fixture
def every_log_line():
    """Attach to the root logger and to every logger that does not propagate."""
    handler = Collect()
    handler.setFormatter(logging.Formatter("%(name)s %(message)s %(exc_text)s"))
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    old_levels = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield handler.lines
    for logger, level in old_levels:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_no_log_line_holds_submission_data(
    client,
    inquiry_page,
    valid_data,
    field_names,
    smtp_server,
    settings,
    every_log_line,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        # An invalid post first (errors are a classic place to leak data) ...
        client.post("/inquire/", valid_data(**{field_names["consent"]: None}))
        response = client.post("/inquire/", valid_data())
    assert response.status_code == 302
    # ... then the worker, with SMTP down and then up.
    settings.EMAIL_PORT, real_port = 1, settings.EMAIL_PORT
    worker_output = run_worker()
    settings.EMAIL_PORT = real_port
    let_retry_delays_pass()
    worker_output += run_worker()
    assert len(smtp_server.messages) == 2
    assert every_log_line, "the capture works: something was logged"
    text = "\n".join(every_log_line) + worker_output
    for value in PRIVATE:
        assert value not in text


def test_redirect_and_cookies_carry_no_submission_data(
    client, inquiry_page, valid_data
):
    response = client.post("/inquire/", valid_data())
    assert response["Location"] == "/inquire/thanks/"
    reference = InquirySubmission.objects.get().reference
    cookie = response.cookies["inquiry_reference"]
    assert cookie["httponly"]
    assert cookie["path"] == "/inquire/"
    for value in PRIVATE:
        assert value not in cookie.value
        assert value not in response["Location"]
    assert reference in cookie.value  # signed, and only the reference


def test_error_page_repeats_input_but_is_never_cached(
    client, inquiry_page, valid_data, field_names
):
    response = client.post("/inquire/", valid_data(**{field_names["consent"]: None}))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_submission_str_holds_no_answers(client, inquiry_page, valid_data):
    client.post("/inquire/", valid_data())
    submission = InquirySubmission.objects.get()
    assert str(submission) == f"Inquiry {submission.reference}"
    for notification in submission.notifications.all():
        assert "jane" not in str(notification).lower()


def test_a_crash_while_saving_leaks_nothing(
    inquiry_page, valid_data, monkeypatch, every_log_line, rf
):
    from django.test import Client
    from django.views.debug import ExceptionReporter

    def broken(page, form):
        raise RuntimeError("database on fire")

    monkeypatch.setattr("inquiries.models.pages.record_submission", broken)
    visitor = Client(raise_request_exception=False)
    response = visitor.post("/inquire/", valid_data())
    assert response.status_code == 500
    page_text = response.content.decode()
    logged = "\n".join(every_log_line)
    assert "database on fire" in logged  # the error itself is reported ...
    for value in PRIVATE:  # ... without what the visitor wrote
        assert value not in page_text
        assert value not in logged

    # What an error email (AdminEmailHandler) would contain for this request.
    request = response.wsgi_request
    assert request.sensitive_post_parameters == "__ALL__"
    try:
        broken(None, None)
    except RuntimeError as error:
        report = ExceptionReporter(request, type(error), error, error.__traceback__)
        text = report.get_traceback_text()
    for value in PRIVATE:
        assert value not in text
