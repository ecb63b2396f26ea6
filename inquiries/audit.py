"""Audit-log entries for every view, export and deletion of submissions.

Entries go to Wagtail's log (ModelLogEntry): who, when, which submission
(its id and reference as the label). Never the visitor's answers.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context, log
from wagtail.models import ModelLogEntry

from .models.submissions import InquirySubmission

VIEW = "inquiries.view"
EXPORT = "inquiries.export"
DELETE = "inquiries.delete"

ACTIONS = {
    VIEW: ("View inquiry", "Viewed inquiry"),
    EXPORT: ("Export inquiry", "Exported inquiry"),
    DELETE: ("Delete inquiry", "Deleted inquiry"),
}


def register_actions(registry):
    for action, (label, message) in ACTIONS.items():
        registry.register_action(action, label, message)


def record(action, submissions, user):
    """One entry per submission, written in one query (exports can be long)."""
    content_type = ContentType.objects.get_for_model(InquirySubmission)
    shared_uuid = get_active_log_context().uuid or uuid.uuid4()
    now = timezone.now()
    ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(submission.pk),
            label=str(submission),
            action=action,
            user=user if user and user.is_authenticated else None,
            uuid=shared_uuid,
            timestamp=now,
            data={},
        )
        for submission in submissions
    )


def record_deletion(sender, instance, **kwargs):
    """post_delete receiver: every path that deletes a submission is audited.

    The user comes from Wagtail's log context (set for admin views); a
    management command logs with no user.
    """
    log(instance=instance, action=DELETE, deleted=True)
