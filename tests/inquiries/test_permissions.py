"""Only inquiry managers (and superusers) see submissions, even by direct URL.

Each test follows Wagtail's shape: log in as the limited user, make the
direct request, expect a redirect or 403, then check nothing changed and
nothing leaked.
"""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from inquiries.models import InquirySubmission
from inquiries.spreadsheets import FORMULA_STARTS
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db

SECRET = "My hair is thinning at the crown since spring."


@pytest.fixture
def submission(client, inquiry_page, valid_data):
    client.post("/inquire/", valid_data())
    client.logout()
    return InquirySubmission.objects.get()


def read_urls(page, submission):
    return {
        "forms listing": reverse("wagtailforms:list_submissions", args=[page.pk]),
        "forms export": reverse("wagtailforms:list_submissions", args=[page.pk])
        + "?export=csv",
        "inquiries listing": reverse("inquiries_submission:index"),
        "inquiries export": reverse("inquiries_submission:index") + "?export=csv",
        "detail": reverse("inquiries_submission:inspect", args=[submission.pk]),
        "edit": reverse("inquiries_submission:edit", args=[submission.pk]),
        "delete on request": reverse("inquiries_delete_on_request"),
    }


def assert_refused(response, login_url="/admin/login/"):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"].startswith(("/admin/login/", "/admin/"))
    assert SECRET.encode() not in response.content
    assert b"Jane Visitor" not in response.content


def audit_entries():
    return ModelLogEntry.objects.filter(action__startswith="inquiries.")


def assert_nothing_changed(submission):
    submission.refresh_from_db()
    assert InquirySubmission.objects.count() == 1
    assert submission.status == "new"


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_outsiders_cannot_read_submissions(
    client, inquiry_page, submission, editor, who
):
    if who == "editor":
        client.force_login(editor)
    for name, url in read_urls(inquiry_page, submission).items():
        response = client.get(url)
        assert_refused(response), name
    if who == "anonymous":
        assert all(
            client.get(url)["Location"].startswith("/admin/login/")
            for url in read_urls(inquiry_page, submission).values()
        )
    assert not audit_entries().exists()
    assert_nothing_changed(submission)


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_outsiders_cannot_change_or_delete(
    client, inquiry_page, submission, editor, who
):
    if who == "editor":
        client.force_login(editor)
    attempts = [
        (
            reverse("inquiries_submission:edit", args=[submission.pk]),
            {"status": "closed"},
        ),
        (reverse("inquiries_submission:delete", args=[submission.pk]), {}),
        (
            reverse("wagtailforms:delete_submissions", args=[inquiry_page.pk])
            + f"?selected-submissions={submission.pk}",
            {},
        ),
        (
            reverse("inquiries_delete_on_request"),
            {"email": "jane@example.com", "confirm": "jane@example.com"},
        ),
    ]
    for url, data in attempts:
        assert_refused(client.post(url, data))
    assert_nothing_changed(submission)
    assert not audit_entries().exists()


def test_editor_does_not_see_the_inquiry_form_among_forms(
    client, inquiry_page, submission, editor
):
    client.force_login(editor)
    response = client.get(reverse("wagtailforms:index"))
    assert inquiry_page.title.encode() not in response.content


def test_the_forms_menu_leads_to_the_one_inquiries_listing(
    client, inquiry_page, submission, manager
):
    client.force_login(manager)
    listing = reverse("wagtailforms:list_submissions", args=[inquiry_page.pk])
    response = client.get(listing)
    assert response.status_code == 302
    assert response["Location"] == reverse("inquiries_submission:index")
    export = client.get(listing + "?export=csv")
    assert export["Location"] == reverse("inquiries_submission:index") + "?export=csv"
    page = client.get(listing, follow=True)
    assert page.status_code == 200
    assert submission.reference in page.content.decode()
    assert SECRET not in page.content.decode()  # answers only in the audited detail


def test_manager_sees_the_detail_escaped_and_it_is_audited(
    client, inquiry_page, valid_data, field_names, manager
):
    client.post(
        "/inquire/",
        valid_data(**{field_names["multiline"]: "<script>alert(1)</script>"}),
    )
    submission = InquirySubmission.objects.get()
    client.force_login(manager)
    response = client.get(reverse("inquiries_submission:inspect", args=[submission.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    answers = soup(response).select_one(".inquiry-answers").get_text()
    assert "Jane Visitor" in answers
    entry = audit_entries().get()
    assert (entry.action, entry.user, entry.label) == (
        "inquiries.view",
        manager,
        f"Inquiry {submission.reference}",
    )


@pytest.mark.parametrize("listing", ["wagtailforms", "inquiries"])
def test_manager_exports_csv_and_it_is_audited(
    client, inquiry_page, submission, manager, listing
):
    client.force_login(manager)
    url = (
        reverse("wagtailforms:list_submissions", args=[inquiry_page.pk])
        if listing == "wagtailforms"
        else reverse("inquiries_submission:index")
    )
    response = client.get(url + "?export=csv", follow=True)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    assert "Jane Visitor" in body
    entry = audit_entries().get()
    assert (entry.action, entry.user, entry.object_id) == (
        "inquiries.export",
        manager,
        str(submission.pk),
    )


def test_manager_changes_the_status(client, submission, manager):
    client.force_login(manager)
    url = reverse("inquiries_submission:edit", args=[submission.pk])
    response = client.post(url, {"status": "answered"})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "answered"


def test_nobody_adds_submissions_in_the_admin(client, admin_user):
    # Even a superuser: submissions come only from visitors.
    client.force_login(admin_user)
    url = reverse("inquiries_submission:add")
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"status": "new"}))
    assert not InquirySubmission.objects.exists()


def test_manager_deletes_a_visitors_data_on_request(
    client, inquiry_page, valid_data, field_names, manager
):
    client.post("/inquire/", valid_data())
    client.post(
        "/inquire/", valid_data(**{field_names["multiline"]: "A second question."})
    )
    client.post("/inquire/", valid_data(**{field_names["email"]: "other@example.com"}))
    client.force_login(manager)
    url = reverse("inquiries_delete_on_request")

    preview = client.post(url, {"email": "JANE@example.com"})
    assert preview.status_code == 200
    assert "2 inquiry submissions" in soup(preview).get_text()
    assert InquirySubmission.objects.count() == 3

    response = client.post(
        url, {"email": "JANE@example.com", "confirm": "JANE@example.com"}
    )
    assert response.status_code == 302
    assert list(InquirySubmission.objects.values_list("email", flat=True)) == [
        "other@example.com"
    ]
    deletions = audit_entries().filter(action="inquiries.delete")
    assert deletions.count() == 2
    assert {entry.user for entry in deletions} == {manager}
    assert all(entry.label.startswith("Inquiry ") for entry in deletions)


def test_superuser_can_read_submissions(client, inquiry_page, submission, admin_user):
    client.force_login(admin_user)
    for name, url in read_urls(inquiry_page, submission).items():
        assert client.get(url, follow=True).status_code == 200, name


def test_exported_text_cannot_run_as_a_formula(
    client, inquiry_page, valid_data, field_names, manager
):
    formula = '=HYPERLINK("http://evil.example","click")'
    client.post("/inquire/", valid_data(**{field_names["name"]: formula}))
    client.force_login(manager)
    url = reverse("inquiries_submission:index")
    body = b"".join(client.get(url + "?export=csv").streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(formula in cell for cell in cells)
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
