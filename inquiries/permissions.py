"""Who may see inquiry submissions: the "Inquiry managers" group and superusers.

The group and its model permissions come from the 0002 data migration; the
checks below go through those permissions so Wagtail's own views agree.
"""

VIEW_PERMISSION = "inquiries.view_inquirysubmission"
DELETE_PERMISSION = "inquiries.delete_inquirysubmission"


def can_view_inquiries(user):
    return bool(user and user.is_active and user.has_perm(VIEW_PERMISSION))


def can_delete_inquiries(user):
    return can_view_inquiries(user) and user.has_perm(DELETE_PERMISSION)
