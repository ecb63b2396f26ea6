"""purge_inquiries: deletes old submissions, says how many, audits each one."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from inquiries.models import InquiryNotification, InquirySubmission

pytestmark = pytest.mark.django_db


@pytest.fixture
def aged(client, inquiry_page, valid_data, field_names):
    """Three submissions, received 400, 200 and 10 days ago."""
    ages = [400, 200, 10]
    for number, _ in enumerate(ages):
        client.post(
            "/inquire/", valid_data(**{field_names["email"]: f"v{number}@example.com"})
        )
    now = timezone.now()
    for submission, days in zip(
        InquirySubmission.objects.order_by("pk"), ages, strict=True
    ):
        InquirySubmission.objects.filter(pk=submission.pk).update(
            submit_time=now - datetime.timedelta(days=days)
        )
    return ages


def purge(*args):
    out = io.StringIO()
    call_command("purge_inquiries", *args, stdout=out)
    return out.getvalue()


def remaining_emails():
    return sorted(InquirySubmission.objects.values_list("email", flat=True))


def test_dry_run_counts_and_deletes_nothing(aged):
    assert "Would delete 2 inquiry submission(s) older than 180 days" in purge(
        "--older-than", "180d", "--dry-run"
    )
    assert InquirySubmission.objects.count() == 3
    assert not ModelLogEntry.objects.filter(action="inquiries.delete").exists()


def test_purge_deletes_older_submissions_and_their_emails(aged):
    assert "Deleted 2 inquiry submission(s) older than 180 days" in purge(
        "--older-than", "180d"
    )
    assert remaining_emails() == ["v2@example.com"]
    assert InquiryNotification.objects.count() == 2  # the survivor's two emails
    entries = ModelLogEntry.objects.filter(action="inquiries.delete")
    assert entries.count() == 2
    assert all(entry.user is None for entry in entries)
    assert all("example.com" not in entry.label for entry in entries)


def test_plain_days_are_accepted(aged):
    assert "Deleted 1 " in purge("--older-than", "300")
    assert remaining_emails() == ["v1@example.com", "v2@example.com"]


def test_default_comes_from_the_inquiry_settings(aged, home_page):
    from inquiries.models import InquirySettings

    options = InquirySettings.for_site(home_page.get_site())
    options.inquiry_retention_days = 5
    options.save()
    assert "Deleted 3 inquiry submission(s) older than 5 days" in purge()
    assert remaining_emails() == []


def test_nonsense_age_is_an_error(aged):
    with pytest.raises(CommandError):
        purge("--older-than", "six months")
    assert InquirySubmission.objects.count() == 3
