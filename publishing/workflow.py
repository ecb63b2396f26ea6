"""What a medical review approval records, through one function for every kind.

`record_medical_review` runs on Wagtail's task_approved signal; the demo
approves its articles through the same workflow. `record_review` is also what
a superuser's review done outside the portal calls (publishing.outside_review).
The roles and the workflow themselves are data (publishing.roles and its
migration).
"""

from django.utils import timezone
from wagtail.models import GroupApprovalTask

from treatments.review_dates import default_next_review
from treatments.sites import site_setting

from .models import MedicalReview, ReviewSettings
from .review_fingerprint import fingerprint
from .review_state import refresh_review_state
from .roles import MEDICAL_REVIEWERS


def is_medical_review_task(task):
    return (
        isinstance(task, GroupApprovalTask)
        and task.groups.filter(name=MEDICAL_REVIEWERS).exists()
    )


def review_fields(page, approver, today, interval_months):
    """The reviewer and dates an approval records on `page`."""
    doctor = getattr(approver, "doctor", None)
    return {
        "medical_reviewer_id": doctor.pk if doctor else page.medical_reviewer_id,
        "last_reviewed": today,
        "next_review_due": default_next_review(today, interval_months),
    }


def record_medical_review(sender, instance, user, **kwargs):
    """task_approved: record the approval of the revision the task approved.

    Wagtail sends the signal after the workflow has moved on, so when this was
    the last task the page is already published (and, the approval not yet
    recorded, marked pending); recording it settles the page's review state.
    """
    from treatments.models import TreatmentPage

    task_state = instance
    if not is_medical_review_task(task_state.task.specific):
        return
    if not isinstance(task_state.revision.as_object(), TreatmentPage):
        return
    record_review(task_state.revision, user, MedicalReview.WORKFLOW)


def record_review(revision, approver, kind, reason="", reviewer=None):
    """Store an approval of `revision` and bring the page's review state up to date.

    The reviewer is `reviewer`, else the approver's doctor, else the doctor
    the page names. The dates are today and the site's review interval on.
    """
    from treatments.models import TreatmentPage

    page = revision.as_object()
    interval = site_setting(ReviewSettings, page.get_site()).review_interval_months
    fields = review_fields(page, approver, timezone.localdate(), interval)
    if reviewer is not None:
        fields["medical_reviewer_id"] = reviewer.pk
    review = MedicalReview.objects.create(
        page_id=page.pk,
        revision=revision,
        fingerprint=fingerprint(page),
        reviewer_id=fields["medical_reviewer_id"],
        approver=approver,
        reviewed_at=timezone.now(),
        reviewed_on=fields["last_reviewed"],
        next_review_due=fields["next_review_due"],
        kind=kind,
        reason=reason,
    )
    # The next edit starts from the recorded review, not from older fields.
    for stored in {revision, page.get_latest_revision()} - {None}:
        update_revision_content(stored, fields)
    live_page = TreatmentPage.objects.get(pk=page.pk)
    TreatmentPage.objects.filter(pk=page.pk).update(
        medical_reviewer_id=fields["medical_reviewer_id"]
    )
    if live_page.live:
        # Saving the state purges the page's cached copies (pagecache/).
        refresh_review_state(live_page)
    return review


def update_revision_content(revision, fields):
    content = dict(revision.content)
    content["medical_reviewer"] = fields["medical_reviewer_id"]
    content["last_reviewed"] = fields["last_reviewed"].isoformat()
    content["next_review_due"] = fields["next_review_due"].isoformat()
    revision.content = content
    revision.save(update_fields=["content"])
