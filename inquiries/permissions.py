"""Who may see inquiry submissions.

The "Inquiry managers" group and superusers see all of them (the group and
its model permissions come from the 0002 data migration; the checks go
through those permissions so Wagtail's own views agree). A doctor's linked
admin account (Doctor.user) may open the inquiries sent to that doctor, and
only those: nothing else, no listing, no export, no change.
"""

from treatments.models import Doctor

VIEW_PERMISSION = "inquiries.view_inquirysubmission"
DELETE_PERMISSION = "inquiries.delete_inquirysubmission"


def can_view_inquiries(user):
    return bool(user and user.is_active and user.has_perm(VIEW_PERMISSION))


def can_delete_inquiries(user):
    return can_view_inquiries(user) and user.has_perm(DELETE_PERMISSION)


def is_addressed_doctor(user, submission):
    """True when `user` is the linked account of the doctor the visitor chose."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    if submission.doctor_id is None:
        return False
    return Doctor.objects.filter(pk=submission.doctor_id, user_id=user.pk).exists()


def can_open_submission(user, submission):
    return can_view_inquiries(user) or is_addressed_doctor(user, submission)
