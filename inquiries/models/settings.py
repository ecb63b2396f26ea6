"""What editors set once per site for inquiries: the default address and retention."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_RETENTION_DAYS = 180


@register_setting(icon="mail")
class InquirySettings(BaseSiteSetting):
    """Where unrouted inquiries go, what the email quotes, how long they are kept."""

    default_inquiry_email = models.EmailField(
        default="inquiries@example.org",
        help_text="Inquiries go here when no doctor or routing rule matches.",
    )
    include_message_in_notifications = models.BooleanField(
        default=False,
        help_text="Quote the visitor's message in the doctor's email. Off by default: "
        "the email links to the submission in the admin instead.",
    )
    inquiry_retention_days = models.PositiveIntegerField(
        default=DEFAULT_RETENTION_DAYS,
        help_text="Submissions older than this are deleted by the purge job.",
    )

    panels = [
        FieldPanel("default_inquiry_email"),
        FieldPanel("include_message_in_notifications"),
        FieldPanel("inquiry_retention_days"),
    ]

    class Meta:
        verbose_name = "inquiry settings"

    def __str__(self):
        return f"Inquiry settings for {self.site}"
