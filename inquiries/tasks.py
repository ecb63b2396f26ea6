"""Sending inquiry emails in the worker, retrying until the server takes them.

django-tasks has no retries of its own. Each InquiryNotification row is the
durable record: a task claims one attempt on it (a conditional UPDATE, so two
copies of the same task cannot both send), tries SMTP, and on failure
re-enqueues itself with `run_after` set by an exponential backoff. If a task
is ever lost (worker killed mid-send, queue write failed), the worker's
periodic sweep (inquiries.outbox, run by `manage.py inquiry_worker`) and the
`resend_inquiry_emails` command find overdue rows and queue them again.
"""

import datetime
import smtplib

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from .emails import build_message
from .models.submissions import (
    InquiryNotification,
    InquiryStatus,
    InquirySubmission,
    NotificationKind,
)

# What a dead, slow or refusing mail server raises; anything else is a bug
# and fails the task visibly (the resend command still picks the row up).
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)


def retry_delay(attempts, base=None, cap=None):
    """Seconds to wait after `attempts` failures: base, 2×base, 4×base … ≤ cap."""
    base = settings.INQUIRY_RETRY_BASE_SECONDS if base is None else base
    cap = settings.INQUIRY_RETRY_MAX_SECONDS if cap is None else cap
    return min(base * 2 ** max(attempts - 1, 0), cap)


def claim_attempt(notification_id, attempt):
    """Take attempt number `attempt`; False if sent already or someone else did."""
    next_attempt_at = timezone.now() + datetime.timedelta(
        seconds=retry_delay(attempt + 1)
    )
    claimed = InquiryNotification.objects.filter(
        pk=notification_id, sent_at__isnull=True, attempts=attempt
    ).update(attempts=F("attempts") + 1, next_attempt_at=next_attempt_at)
    return claimed == 1


@task(backend="durable", queue_name="email")
def send_inquiry_email(notification_id, attempt):
    if not claim_attempt(notification_id, attempt):
        return "skipped"
    notification = InquiryNotification.objects.select_related("submission__page").get(
        pk=notification_id
    )
    message = build_message(notification)
    try:
        message.send()
    except DELIVERY_ERRORS as error:
        record_failure(notification, error)
        send_inquiry_email.using(run_after=notification.next_attempt_at).enqueue(
            notification_id, attempt + 1
        )
        return "retry"
    record_delivery(notification, message.to[0])
    return "sent"


def record_failure(notification, error):
    notification.last_error = type(error).__name__[:100]
    notification.save(update_fields=["last_error"])


def record_delivery(notification, recipient):
    notification.sent_at = timezone.now()
    notification.recipient = recipient
    notification.last_error = ""
    notification.save(update_fields=["sent_at", "recipient", "last_error"])
    if notification.kind == NotificationKind.TEAM:
        InquirySubmission.objects.filter(
            pk=notification.submission_id, status=InquiryStatus.NEW
        ).update(status=InquiryStatus.NOTIFIED)


def queue_overdue(grace_seconds=600, now=None):
    """Queue every unsent email whose retry is overdue by `grace_seconds`."""
    now = now or timezone.now()
    overdue = InquiryNotification.objects.filter(
        sent_at__isnull=True,
        next_attempt_at__lt=now - datetime.timedelta(seconds=grace_seconds),
    ).values_list("pk", "attempts")
    count = 0
    for notification_id, attempts in overdue:
        send_inquiry_email.enqueue(notification_id, attempts)
        count += 1
    return count
