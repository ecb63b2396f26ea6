"""What a visitor sent, and the emails it causes.

Nothing here ever prints the visitor's answers: `__str__` is the reference
only, because Wagtail copies it into audit-log labels and admin titles.
"""

import secrets

from django.db import models
from wagtail.contrib.forms.models import AbstractFormSubmission

# Crockford's base32 without look-alikes (no I, L, O, U): easy to read aloud.
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 8


def new_reference():
    """A random, unguessable reference such as 'K7QX-2M9D'."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{code[:4]}-{code[4:]}"


class InquiryStatus(models.TextChoices):
    NEW = "new", "New"
    NOTIFIED = "notified", "Notified"
    ANSWERED = "answered", "Answered"
    CLOSED = "closed", "Closed"


class InquirySubmission(AbstractFormSubmission):
    """One inquiry. The answers stay in `form_data`, as text."""

    reference = models.CharField(max_length=9, unique=True, default=new_reference)
    status = models.CharField(
        max_length=10, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    email = models.EmailField(
        blank=True,
        db_index=True,
        help_text="The visitor's address: for the confirmation and deletion requests.",
    )
    treatment = models.ForeignKey(
        "treatments.TreatmentPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    doctor = models.ForeignKey(
        "treatments.Doctor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "inquiry"
        verbose_name_plural = "inquiries"
        ordering = ["-submit_time"]
        indexes = [models.Index(fields=["submit_time"], name="inquiry_submit_time")]

    def __str__(self):
        return f"Inquiry {self.reference}"

    def answers(self):
        """(label, value) pairs in the form's field order, for display."""
        stored = self.form_data or {}
        labels = dict(self.page.specific.get_data_fields())
        return [
            (labels.get(name, name), stored[name]) for name in labels if name in stored
        ]

    def answers_text(self):
        """The answers on one line each, for exports."""
        return "\n".join(f"{label}: {value}" for label, value in self.answers())


class NotificationKind(models.TextChoices):
    TEAM = "team", "Notification to the clinic"
    VISITOR = "visitor", "Confirmation to the visitor"


class InquiryNotification(models.Model):
    """One email to send, retried until the SMTP server accepts it."""

    submission = models.ForeignKey(
        InquirySubmission, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=10, choices=NotificationKind.choices)
    recipient = models.EmailField(
        blank=True, help_text="Filled in when sent (clinic) or at once (visitor)."
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Only the exception's class name: SMTP replies can quote addresses.
    last_error = models.CharField(max_length=100, blank=True)

    class Meta:
        verbose_name = "inquiry email"
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(sent_at__isnull=True),
                name="inquiry_email_pending",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.submission}"
