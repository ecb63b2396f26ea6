"""What a medical review approval records.

`record_medical_review` runs on Wagtail's task_approved signal. The roles and
the workflow themselves are data (publishing.roles and its migration).
"""

from django.utils import timezone
from wagtail.models import GroupApprovalTask

from treatments.review_dates import default_next_review
from treatments.sites import site_setting

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
    """task_approved: set reviewer and review dates on the approved article.

    Wagtail sends the signal after the workflow has moved on, so when this was
    the last task the page is already published. The fields are written to
    the approved revision (and the latest one, which the editor opens next)
    and, when that revision is live, to the page itself, so the live page,
    its revision and the next edit agree without a second publish.
    """
    from treatments.models import TreatmentPage

    from .models import ReviewSettings

    task_state = instance
    if not is_medical_review_task(task_state.task.specific):
        return
    page = task_state.revision.as_object()
    if not isinstance(page, TreatmentPage):
        return
    interval = site_setting(ReviewSettings, page.get_site()).review_interval_months
    fields = review_fields(page, user, timezone.localdate(), interval)
    revisions = {task_state.revision, page.get_latest_revision()} - {None}
    for revision in revisions:
        update_revision_content(revision, fields)
    live_page = TreatmentPage.objects.get(pk=page.pk)
    if live_page.live_revision_id in {revision.pk for revision in revisions}:
        TreatmentPage.objects.filter(pk=page.pk).update(**fields)


def update_revision_content(revision, fields):
    content = dict(revision.content)
    content["medical_reviewer"] = fields["medical_reviewer_id"]
    content["last_reviewed"] = fields["last_reviewed"].isoformat()
    content["next_review_due"] = fields["next_review_due"].isoformat()
    revision.content = content
    revision.save(update_fields=["content"])
