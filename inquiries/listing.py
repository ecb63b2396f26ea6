"""The inquiry listing: treatment, doctor, status and age against the reply promise.

Inquiries still waiting for a reply that are past the promise come first.
"""

from django.db.models import BooleanField, Case, Q, Value, When
from django.utils import timezone
from wagtail.admin.ui.tables import Column

from .models.submissions import InquiryStatus
from .working_days import (
    overdue_if_received_before,
    reply_due,
    working_days_elapsed,
)

# What the form page promises by default ("within two working days").
REPLY_PROMISE_WORKING_DAYS = 2
AWAITING_REPLY = [InquiryStatus.NEW, InquiryStatus.NOTIFIED]


def with_overdue_flag(queryset, now):
    """Annotate `is_overdue`: awaiting a reply and past the promise, in SQL."""
    cutoff = overdue_if_received_before(now, REPLY_PROMISE_WORKING_DAYS)
    return queryset.annotate(
        is_overdue=Case(
            When(Q(status__in=AWAITING_REPLY, submit_time__lt=cutoff), then=True),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def days_text(days):
    return f"{days} working day{'' if days == 1 else 's'}"


def reply_age(submission, now=None):
    """The listing's age cell: how old the inquiry is against the promise."""
    now = now or timezone.now()
    age = days_text(working_days_elapsed(submission.submit_time, now))
    if submission.status not in AWAITING_REPLY:
        return age
    if reply_due(submission.submit_time, REPLY_PROMISE_WORKING_DAYS) < now:
        return f"Overdue: {age}"
    return f"{age} of {REPLY_PROMISE_WORKING_DAYS}"


AGE_COLUMN = Column(
    "reply_age",
    label=f"Age (reply within {days_text(REPLY_PROMISE_WORKING_DAYS)})",
    accessor=reply_age,
)


class ReplyPromiseListingMixin:
    """For the submissions IndexView: related rows in one query, overdue first."""

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("treatment", "doctor")
        return with_overdue_flag(queryset, timezone.now())

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        return queryset.order_by("-is_overdue", "-submit_time", "-pk")
