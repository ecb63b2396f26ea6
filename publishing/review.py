"""When treatment articles are due for their medical review.

Date arithmetic is pure; the queries take `today` so tests need no clock.
"""

import datetime

from django.db.models import Exists, OuterRef, Q

from treatments.review_dates import add_months as add_months  # re-exported

PENDING = "pending"
OVERDUE = "overdue"
DUE_SOON = "due_soon"
NOT_SCHEDULED = "not_scheduled"
CURRENT = "current"

STATUS_LABELS = {
    PENDING: "Review pending",
    OVERDUE: "Overdue",
    DUE_SOON: "Due soon",
    NOT_SCHEDULED: "No review date",
    CURRENT: "Current",
}


def review_status(next_review_due, today, due_soon_days, pending=False):
    """`pending`: the live text is not the text last approved (review_state)."""
    if pending:
        return PENDING
    if next_review_due is None:
        return NOT_SCHEDULED
    if next_review_due < today:
        return OVERDUE
    if next_review_due <= today + datetime.timedelta(days=due_soon_days):
        return DUE_SOON
    return CURRENT


def due_for_review(today, due_soon_days):
    """Live treatment articles whose review is pending (first), overdue, due
    soon or never scheduled; each annotated with `review_pending`.

    Articles behind a view restriction are included: the reminder goes to
    the reviewer (staff) with the admin's edit link, and members still read
    the article. Drafts are not: no reader sees them yet."""
    from treatments.models import TreatmentPage

    from .models import ReviewState

    horizon = today + datetime.timedelta(days=due_soon_days)
    reviewed = ReviewState.objects.filter(page_id=OuterRef("pk"), reviewed=True)
    return (
        TreatmentPage.objects.live()
        .annotate(review_pending=~Exists(reviewed))
        .filter(
            Q(review_pending=True)
            | Q(next_review_due__lte=horizon)
            | Q(next_review_due__isnull=True)
        )
        .select_related("medical_reviewer")
        .order_by(*REPORT_ORDER)
    )


REPORT_ORDER = ("-review_pending", "next_review_due", "title")


def group_by_reviewer(pages):
    """{reviewer: [pages]} for pages whose reviewer has an email address."""
    grouped = {}
    for page in pages:
        reviewer = page.medical_reviewer
        if reviewer is not None and reviewer.email:
            grouped.setdefault(reviewer, []).append(page)
    return grouped
