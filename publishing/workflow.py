"""The medical review workflow: who reviews, and what approval records.

`ensure_review_roles` sets up the groups and the "Medical review" workflow on
the treatments section (used by the demo and tests; safe to re-run).
`record_medical_review` runs on Wagtail's task_approved signal.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from treatments.review_dates import default_next_review
from treatments.sites import site_setting

EDITORS = "Editors"
MEDICAL_REVIEWERS = "Medical reviewers"
INQUIRY_MANAGERS = "Inquiry managers"
WORKFLOW_NAME = "Medical review"
TASK_NAME = "Medical reviewer approval"

# Page permissions on the treatments section. Editors draft and submit;
# medical reviewers also publish, which Wagtail needs for an approval to
# publish the page.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MEDICAL_REVIEWERS: ["add_page", "change_page", "publish_page"],
}
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        "treatments.add_condition",
        "treatments.change_condition",
        "treatments.view_condition",
        "treatments.view_doctor",
    ],
    MEDICAL_REVIEWERS: [
        "wagtailadmin.access_admin",
        "treatments.view_condition",
        "treatments.view_doctor",
    ],
    INQUIRY_MANAGERS: ["wagtailadmin.access_admin"],
}
COLLECTION_PERMISSIONS = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    MEDICAL_REVIEWERS: ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
}


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_review_roles(treatment_index):
    """Groups, their permissions and the workflow. Returns how many were made."""
    created = 0
    groups = {}
    for name in (EDITORS, MEDICAL_REVIEWERS, INQUIRY_MANAGERS):
        groups[name], was_created = Group.objects.get_or_create(name=name)
        created += was_created
        groups[name].permissions.add(
            *[permission(dotted) for dotted in MODEL_PERMISSIONS[name]]
        )
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=treatment_index,
                permission=permission(f"wagtailcore.{codename}"),
            )
    root_collection = Collection.get_first_root_node()
    for name, dotted_names in COLLECTION_PERMISSIONS.items():
        for dotted in dotted_names:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=permission(dotted),
            )
    created += ensure_workflow(treatment_index, groups[MEDICAL_REVIEWERS])
    return created


def ensure_workflow(treatment_index, reviewers):
    workflow, workflow_created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    task, task_created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    task.groups.add(reviewers)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(
        page=treatment_index, defaults={"workflow": workflow}
    )
    return int(workflow_created) + int(task_created)


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
