"""The inquiry listing: treatment, doctor, status and age against the reply promise."""

import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from inquiries.listing import reply_age
from inquiries.models import InquirySubmission
from inquiries.working_days import (
    overdue_if_received_before,
    reply_due,
    working_days_elapsed,
)
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db

# 2026-11-27 is a Friday.
FRIDAY = datetime.date(2026, 11, 27)


def at(day_offset, hour=0, minute=0):
    day = FRIDAY + datetime.timedelta(days=day_offset)
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(hour, minute))
    )


@pytest.mark.parametrize(
    "received, due",
    [
        (at(0, 15), at(4, 15)),  # Friday 15:00 -> Tuesday 15:00
        (at(-1, 15), at(3, 15)),  # Thursday -> Monday
        (at(-4, 9), at(-2, 9)),  # Monday -> Wednesday
        (at(1, 10), at(5)),  # Saturday: the clock starts on Monday at midnight
        (at(2, 23), at(5)),  # Sunday, likewise
    ],
)
def test_reply_is_due_two_working_days_later_weekends_excluded(received, due):
    assert reply_due(received, 2) == due


def test_overdue_cutoff_is_the_exact_inverse_of_the_due_time():
    # Every half hour across two weeks, received x now: the listing's one-query
    # rule (received before the cutoff) agrees with the due time.
    moments = [at(-7) + datetime.timedelta(minutes=30 * i) for i in range(14 * 48)]
    for received, now in itertools.product(moments[::7], moments[::5]):
        assert (reply_due(received, 2) < now) == (
            received < overdue_if_received_before(now, 2)
        ), (received, now)


def test_working_days_elapsed_skip_the_weekend():
    assert working_days_elapsed(at(0, 15), at(3, 14)) == 0  # Fri 15:00 -> Mon 14:00
    assert working_days_elapsed(at(0, 15), at(3, 15)) == 1
    assert working_days_elapsed(at(0, 15), at(5, 16)) == 3


def submission_at(inquiry_page, received, status="new", **links):
    submission = InquirySubmission.objects.create(
        page=inquiry_page, form_data={}, status=status, **links
    )
    # submit_time is auto_now_add: set the moment afterwards.
    InquirySubmission.objects.filter(pk=submission.pk).update(submit_time=received)
    submission.refresh_from_db()
    return submission


def test_age_cell_says_how_old_against_the_promise(inquiry_page):
    now = at(4, 16)  # Tuesday 16:00
    assert reply_age(submission_at(inquiry_page, at(0, 15)), now) == (
        "Overdue: 2 working days"
    )
    assert reply_age(submission_at(inquiry_page, at(3, 17)), now) == (
        "0 working days of 2"
    )
    assert reply_age(submission_at(inquiry_page, at(-1, 9)), now) == (
        "Overdue: 3 working days"
    )
    answered = submission_at(inquiry_page, at(-1, 9), status="answered")
    assert reply_age(answered, now) == "3 working days"


def test_listing_shows_treatment_doctor_status_and_age_overdue_first(
    client, inquiry_page, treatment, doctor, manager, django_assert_num_queries
):
    now = timezone.now()
    fresh = submission_at(inquiry_page, now - datetime.timedelta(minutes=5))
    overdue = submission_at(
        inquiry_page,
        now - datetime.timedelta(days=10),
        treatment=treatment,
        doctor=doctor,
    )
    answered_long_ago = submission_at(
        inquiry_page, now - datetime.timedelta(days=20), status="answered"
    )
    client.force_login(manager)
    url = reverse("inquiries_submission:index")
    client.get(url)  # warm the session and content types
    # One query for the rows, with their treatment and doctor.
    with django_assert_num_queries(11):
        response = client.get(url)
    rows = soup(response).select("table.listing tbody tr")
    references = [row.get_text(" ", strip=True).split()[0] for row in rows]
    assert references == [
        overdue.reference,
        fresh.reference,
        answered_long_ago.reference,
    ]
    headings = [th.get_text(strip=True) for th in soup(response).select("thead th")]
    assert headings[1:5] == [
        "Treatment",
        "Doctor",
        "Status",
        "Age (reply within 2 working days)",
    ]
    first = rows[0].get_text(" ", strip=True)
    assert treatment.title in first
    assert doctor.name in first
    assert "Overdue:" in first
    assert "Overdue" not in rows[1].get_text()
    assert "Overdue" not in rows[2].get_text()


def test_a_chosen_order_still_wins(client, inquiry_page, manager):
    now = timezone.now()
    overdue = submission_at(inquiry_page, now - datetime.timedelta(days=10))
    answered = submission_at(
        inquiry_page, now - datetime.timedelta(minutes=1), status="answered"
    )
    client.force_login(manager)
    url = reverse("inquiries_submission:index")

    def order(query=""):
        rows = soup(client.get(url + query)).select("table.listing tbody tr")
        return [row.get_text(" ", strip=True).split()[0] for row in rows]

    assert order() == [overdue.reference, answered.reference]
    assert order("?ordering=status") == [answered.reference, overdue.reference]
