"""Test helper: a treatment page published and approved through publishing's
own approval code, so that it is "reviewed" the way a real page becomes so."""

from publishing.models import MedicalReview
from publishing.review_state import refresh_review_state
from publishing.workflow import record_review
from treatments.review_dates import add_months


def approved(page, doctor=None, next_review_due=None):
    """Publish `page`'s content and record an approval of it.

    With `next_review_due`, the approval is moved back in time, as if it had
    been made a year before that date (time passing, not a typed date).
    """
    page.save_revision().publish()
    page.refresh_from_db()
    review = record_review(
        page.live_revision,
        None,
        MedicalReview.OUTSIDE,
        "Recorded by the test suite.",
        doctor or page.medical_reviewer,
    )
    if next_review_due is not None:
        MedicalReview.objects.filter(pk=review.pk).update(
            next_review_due=next_review_due,
            reviewed_on=add_months(next_review_due, -12),
        )
        refresh_review_state(page)
    page.refresh_from_db()
    return page
