"""Doctor inquiries: the form page, submissions, notifications and routing rules."""

from .pages import FormField, InquiryFormPage
from .routes import InquiryRoute
from .settings import InquirySettings
from .submissions import InquiryNotification, InquiryStatus, InquirySubmission

__all__ = [
    "FormField",
    "InquiryFormPage",
    "InquiryNotification",
    "InquiryRoute",
    "InquirySettings",
    "InquiryStatus",
    "InquirySubmission",
]
