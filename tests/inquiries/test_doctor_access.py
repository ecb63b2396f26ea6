"""A doctor's linked account opens the inquiries sent to that doctor, and only those.

Wagtail's shape: log in as the limited user, make the direct request, expect
a redirect or 403, then check nothing changed and nothing leaked.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from inquiries.emails import build_message
from inquiries.models import InquiryNotification, InquirySubmission
from inquiries.models.submissions import NotificationKind
from tests.factories import DoctorFactory
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db

QUESTION = "My hair is thinning at the crown since spring."


def linked_account(django_user_model, doctor, username):
    """The doctor's admin account: a medical reviewer, linked on the snippet."""
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="password"
    )
    user.groups.add(Group.objects.get(name="Medical reviewers"))
    doctor.user = user
    doctor.save()
    return user


@pytest.fixture
def doctor_user(django_user_model, doctor):
    return linked_account(django_user_model, doctor, "rivera")


@pytest.fixture
def other_doctor(db):
    return DoctorFactory(name="Dr Sam Okafor (sample)", email="okafor@example.org")


@pytest.fixture
def other_doctor_user(django_user_model, other_doctor):
    return linked_account(django_user_model, other_doctor, "okafor")


@pytest.fixture
def send_inquiry(client, inquiry_page, valid_data, field_names):
    """Send the form as a visitor choosing `doctor` (None: any doctor)."""

    def send(doctor):
        choice = str(doctor.pk) if doctor else "any"
        client.post("/inquire/", valid_data(**{field_names["doctor"]: choice}))
        client.logout()
        return InquirySubmission.objects.latest("pk")

    return send


def inspect_url(submission):
    return reverse("inquiries_submission:inspect", args=[submission.pk])


def view_entries():
    return ModelLogEntry.objects.filter(action="inquiries.view")


def assert_refused(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith("/admin/")
    assert QUESTION.encode() not in response.content
    assert b"Jane Visitor" not in response.content


def test_doctor_opens_an_inquiry_sent_to_them_and_it_is_audited(
    client, send_inquiry, doctor, doctor_user
):
    submission = send_inquiry(doctor)
    client.force_login(doctor_user)
    response = client.get(inspect_url(submission))
    assert response.status_code == 200
    answers = soup(response).select_one(".inquiry-answers").get_text()
    assert QUESTION in answers
    entry = view_entries().get()
    assert (entry.user, entry.object_id, entry.label, entry.data) == (
        doctor_user,
        str(submission.pk),
        f"Inquiry {submission.reference}",
        {},
    )
    # Opening is all: no edit or delete button for the doctor.
    buttons = soup(response).select("header a[href]")
    hrefs = [a["href"] for a in buttons]
    assert reverse("inquiries_submission:edit", args=[submission.pk]) not in hrefs
    assert reverse("inquiries_submission:delete", args=[submission.pk]) not in hrefs


@pytest.mark.parametrize("sent_to", ["other doctor", "any doctor"])
def test_doctor_cannot_open_inquiries_sent_elsewhere(
    client, send_inquiry, other_doctor, doctor_user, other_doctor_user, sent_to
):
    submission = send_inquiry(other_doctor if sent_to == "other doctor" else None)
    client.force_login(doctor_user)
    assert_refused(client.get(inspect_url(submission)))
    assert not view_entries().exists()
    submission.refresh_from_db()
    assert submission.status == "new"


def test_doctor_cannot_list_export_change_or_delete_even_their_own(
    client, send_inquiry, doctor, doctor_user
):
    submission = send_inquiry(doctor)
    client.force_login(doctor_user)
    listing = reverse("inquiries_submission:index")
    for url in (listing, listing + "?export=csv"):
        assert_refused(client.get(url))
    edit = reverse("inquiries_submission:edit", args=[submission.pk])
    delete = reverse("inquiries_submission:delete", args=[submission.pk])
    assert_refused(client.post(edit, {"status": "closed"}))
    assert_refused(client.post(delete))
    assert_refused(
        client.post(
            reverse("inquiries_delete_on_request"),
            {"email": "jane@example.com", "confirm": "jane@example.com"},
        )
    )
    submission.refresh_from_db()
    assert submission.status == "new"
    assert InquirySubmission.objects.count() == 1
    assert not ModelLogEntry.objects.filter(action__startswith="inquiries.").exists()


def test_a_deactivated_doctor_account_is_refused(
    client, send_inquiry, doctor, doctor_user
):
    submission = send_inquiry(doctor)
    doctor_user.is_active = False
    doctor_user.save()
    client.force_login(doctor_user)
    assert_refused(client.get(inspect_url(submission)))
    assert not view_entries().exists()


def test_the_emails_link_signs_the_doctor_in_straight_to_the_inquiry(
    client, send_inquiry, doctor, doctor_user
):
    submission = send_inquiry(doctor)
    notification = InquiryNotification.objects.get(
        submission=submission, kind=NotificationKind.TEAM
    )
    message = build_message(notification)
    assert message.to == [doctor.email]
    link = re.search(r"http://testserver(/admin/\S+)", message.body).group(1)
    assert link == inspect_url(submission)

    signed_out = client.get(link)
    assert signed_out.status_code == 302
    login = signed_out["Location"]
    assert login.startswith("/admin/login/")
    response = client.post(
        login, {"username": "rivera", "password": "password"}, follow=True
    )
    assert response.redirect_chain[-1][0] == link
    assert response.status_code == 200
    assert QUESTION in soup(response).select_one(".inquiry-answers").get_text()
    assert view_entries().get().user == doctor_user


def test_managers_and_superusers_keep_what_they_have(
    client, send_inquiry, other_doctor, manager, admin_user
):
    submission = send_inquiry(other_doctor)
    for user in (manager, admin_user):
        client.force_login(user)
        assert client.get(inspect_url(submission)).status_code == 200
        listing = client.get(reverse("inquiries_submission:index"))
        assert submission.reference in listing.content.decode()
    assert [entry.user for entry in view_entries().order_by("pk")] == [
        manager,
        admin_user,
    ]
