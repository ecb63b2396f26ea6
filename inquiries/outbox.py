"""The pending InquiryNotification rows are the outbox.

A row is written in the visitor's transaction and is pending until a send
succeeds. Tasks on the queue are only a way to get to it sooner: a task lost
in a crash (a web process killed between commit and enqueue, a worker killed
mid-send, a database restart under the worker) leaves its row pending, and
the worker's periodic sweep queues it again. A repeat send after a crash
carries the same Message-ID, so mail clients and the team can recognise it.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models.submissions import InquiryNotification
from .tasks import send_inquiry_email


def overdue_notifications(grace_seconds, now):
    cutoff = now - datetime.timedelta(seconds=grace_seconds)
    return InquiryNotification.objects.filter(
        sent_at__isnull=True, next_attempt_at__lt=cutoff
    ).order_by("next_attempt_at")


def sweep(grace_seconds=None, now=None, limit=500):
    """Queue again each pending email whose next attempt is overdue; how many.

    The row's next attempt moves to now in the same transaction as the
    enqueue, so one overdue email is queued once per grace period, not once
    per sweep, while its task waits behind others.
    """
    grace_seconds = (
        settings.INQUIRY_OUTBOX_GRACE_SECONDS
        if grace_seconds is None
        else grace_seconds
    )
    now = now or timezone.now()
    overdue = overdue_notifications(grace_seconds, now).values_list("pk", "attempts")
    queued = 0
    for notification_id, attempts in list(overdue[:limit]):
        with transaction.atomic():
            moved = InquiryNotification.objects.filter(
                pk=notification_id, attempts=attempts, sent_at__isnull=True
            ).update(next_attempt_at=now)
            if moved:
                send_inquiry_email.enqueue(notification_id, attempts)
                queued += 1
    return queued
