"""Saving a valid form: the submission first, then its emails on commit.

The visitor's request only writes rows. Sending is the worker's job
(inquiries.tasks), so a slow or dead SMTP server never touches the request.
"""

import datetime
import decimal
from functools import partial

from django import forms
from django.db import IntegrityError, transaction
from django.views.decorators.debug import sensitive_variables

from treatments.models import Doctor

from .forms import ANY_DOCTOR, HONEYPOT_FIELD, STARTED_FIELD
from .models.submissions import (
    InquiryNotification,
    InquirySubmission,
    NotificationKind,
)
from .tasks import send_inquiry_email

CONTROL_FIELDS = {HONEYPOT_FIELD, STARTED_FIELD}


def stored_value(value, field):
    """Answers as plain text (labels for choices), the way the admin shows them."""
    if isinstance(field, forms.ModelChoiceField):
        return "" if value is None else str(value)
    choices = dict(getattr(field, "choices", None) or [])
    if isinstance(value, str) and value in choices:
        return str(choices[value])
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, decimal.Decimal | datetime.date | datetime.datetime):
        return str(value)
    if isinstance(value, list):
        return [str(choices.get(item, item)) for item in value]
    return str(value)


def answers_of(form):
    return {
        name: stored_value(value, form.fields[name])
        for name, value in form.cleaned_data.items()
        if name not in CONTROL_FIELDS
    }


def first_value(form, field_type):
    names = form.fields_of_type(field_type)
    return form.cleaned_data.get(names[0]) if names else None


def submission_links(form):
    """The treatment and doctor the visitor chose, for routing."""
    treatment = first_value(form, "treatment")  # a live page, or None
    doctor_id = first_value(form, "doctor")
    doctor = None
    if doctor_id and doctor_id != ANY_DOCTOR:
        doctor = Doctor.objects.filter(pk=doctor_id).first()
    return {"treatment": treatment, "doctor": doctor}


@sensitive_variables()  # error reports hide this frame's variables
def record_submission(page, form):
    """Save the submission and its pending emails; queue them once committed."""
    email = first_value(form, "email") or ""
    fields = {
        "page": page,
        "form_data": answers_of(form),
        "email": email,
        **submission_links(form),
    }
    with transaction.atomic():
        submission = create_with_unique_reference(InquirySubmission, fields)
        notifications = [
            InquiryNotification.objects.create(
                submission=submission, kind=NotificationKind.TEAM
            )
        ]
        if email:
            notifications.append(
                InquiryNotification.objects.create(
                    submission=submission,
                    kind=NotificationKind.VISITOR,
                    recipient=email,
                )
            )
        # robust: a failure to queue is logged (ids only) and never reaches
        # the visitor; `resend_inquiry_emails` queues what was missed.
        transaction.on_commit(
            partial(queue_notifications, [n.pk for n in notifications]), robust=True
        )
    return submission


def create_with_unique_reference(model, fields, tries=5):
    for attempt in range(tries):
        try:
            with transaction.atomic():
                return model.objects.create(**fields)
        except IntegrityError:
            # A reference collision (one in 10^12): draw another.
            if attempt == tries - 1:
                raise
    return None


def queue_notifications(notification_ids):
    for notification_id in notification_ids:
        send_inquiry_email.enqueue(notification_id, 0)
