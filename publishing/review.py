"""When treatment articles are due for their medical review.

Date arithmetic is pure; the queries take `today` so tests need no clock.
"""

import datetime

from django.db.models import Q
from django.utils import timezone

from treatments.review_dates import add_months as add_months  # re-exported

OVERDUE = "overdue"
DUE_SOON = "due_soon"
NOT_SCHEDULED = "not_scheduled"
CURRENT = "current"

STATUS_LABELS = {
    OVERDUE: "Overdue",
    DUE_SOON: "Due soon",
    NOT_SCHEDULED: "No review date",
    CURRENT: "Current",
}


def review_status(next_review_due, today, due_soon_days):
    if next_review_due is None:
        return NOT_SCHEDULED
    if next_review_due < today:
        return OVERDUE
    if next_review_due <= today + datetime.timedelta(days=due_soon_days):
        return DUE_SOON
    return CURRENT


def is_overdue(page, today=None):
    today = today or timezone.localdate()
    return page.next_review_due is not None and page.next_review_due < today


def due_for_review(today, due_soon_days):
    """Live treatment articles that are overdue, due soon or never scheduled.

    Articles behind a view restriction are included: the reminder goes to
    the reviewer (staff) with the admin's edit link, and members still read
    the article. Drafts are not: no reader sees them yet."""
    from treatments.models import TreatmentPage

    horizon = today + datetime.timedelta(days=due_soon_days)
    return (
        TreatmentPage.objects.live()
        .filter(Q(next_review_due__lte=horizon) | Q(next_review_due__isnull=True))
        .select_related("medical_reviewer")
        .order_by("next_review_due", "title")
    )


def group_by_reviewer(pages):
    """{reviewer: [pages]} for pages whose reviewer has an email address."""
    grouped = {}
    for page in pages:
        reviewer = page.medical_reviewer
        if reviewer is not None and reviewer.email:
            grouped.setdefault(reviewer, []).append(page)
    return grouped
