"""The two emails an inquiry causes. Subjects carry the reference only."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string

from treatments.admin_links import absolute_admin_url

from .models.settings import InquirySettings
from .models.submissions import NotificationKind
from .routing import recipient_for


def quoted_message(submission):
    """The visitor's multi-line answers, for sites that allow quoting them."""
    page = submission.page.specific
    names = [
        f.clean_name for f in page.get_form_fields() if f.field_type == "multiline"
    ]
    return "\n\n".join(
        str(submission.form_data[name])
        for name in names
        if submission.form_data.get(name)
    )


def site_of(page):
    return page.get_site()


def sender(page):
    return page.from_address or settings.DEFAULT_FROM_EMAIL


def team_message(notification):
    submission = notification.submission
    page = submission.page.specific
    site = site_of(page)
    options = InquirySettings.for_site(site)
    recipient = recipient_for(submission, site)
    body = render_to_string(
        "inquiries/emails/team_notification.txt",
        {
            "reference": submission.reference,
            "submit_time": submission.submit_time,
            "admin_url": absolute_admin_url(
                "inquiries_submission:inspect", submission.pk
            ),
            "message": quoted_message(submission)
            if options.include_message_in_notifications
            else "",
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return EmailMessage(
        subject=f"New inquiry {submission.reference}",
        body=body,
        from_email=sender(page),
        to=[recipient],
    )


def visitor_message(notification):
    submission = notification.submission
    page = submission.page.specific
    body = render_to_string(
        "inquiries/emails/visitor_confirmation.txt",
        {
            "reference": submission.reference,
            "reply_expectation": page.reply_expectation,
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    return EmailMessage(
        subject=f"We received your inquiry {submission.reference}",
        body=body,
        from_email=sender(page),
        to=[notification.recipient],
    )


def build_message(notification):
    """The email for `notification`, with the same Message-ID on every attempt."""
    if notification.kind == NotificationKind.TEAM:
        message = team_message(notification)
    else:
        message = visitor_message(notification)
    message.extra_headers["Message-ID"] = stable_message_id(notification)
    return message


def stable_message_id(notification):
    """The same Message-ID for every attempt at one notification; no personal data."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip("> ") or "localhost"
    reference = notification.submission.reference
    return f"<inquiry-{reference}-{notification.kind}-{notification.pk}@{domain}>"
