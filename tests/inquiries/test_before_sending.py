"""Before Send: the reply time and the privacy notice; after a wrong Send, errors.

The minimum fill time refuses robots that send a valid form at once; it never
hides the fields a person has to fix.
"""

import pytest

from inquiries.fill_time import make_fill_token
from inquiries.forms import EXPIRED, STARTED_FIELD, TOO_FAST
from inquiries.models import InquirySubmission
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db

REQUIRED = ["name", "email", "multiline", "consent"]


def form_errors_text(html):
    box = html.select_one(".form-errors")
    return box.get_text(" ", strip=True) if box else ""


def fields_with_errors(html, field_names):
    return {
        kind
        for kind, name in field_names.items()
        if html.select_one(f"[data-field={name}] .errorlist")
    }


def test_an_empty_form_sent_at_once_shows_field_errors_not_the_robot_message(
    client, inquiry_page, field_names, settings
):
    settings.INQUIRY_MIN_FILL_SECONDS = 3
    token = soup(client.get("/inquire/")).select_one(f"input[name={STARTED_FIELD}]")
    response = client.post("/inquire/", {STARTED_FIELD: token["value"]})
    assert response.status_code == 200
    html = soup(response)
    assert fields_with_errors(html, field_names) == set(REQUIRED)
    assert TOO_FAST not in html.get_text()
    assert "Please correct the fields marked below." in form_errors_text(html)
    assert not InquirySubmission.objects.exists()


def test_a_wrong_email_sent_at_once_shows_that_field_only(
    client, inquiry_page, valid_data, field_names, settings
):
    settings.INQUIRY_MIN_FILL_SECONDS = 3
    data = valid_data(
        **{field_names["email"]: "jane.example.com", STARTED_FIELD: make_fill_token()}
    )
    html = soup(client.post("/inquire/", data))
    assert fields_with_errors(html, field_names) == {"email"}
    assert TOO_FAST not in html.get_text()
    assert not InquirySubmission.objects.exists()


def test_the_corrected_form_sent_at_once_is_still_refused_as_too_fast(
    client, inquiry_page, valid_data, settings
):
    settings.INQUIRY_MIN_FILL_SECONDS = 3
    html = soup(
        client.post("/inquire/", valid_data(**{STARTED_FIELD: make_fill_token()}))
    )
    assert TOO_FAST in form_errors_text(html)
    assert not InquirySubmission.objects.exists()


def test_a_stale_token_on_a_wrong_form_is_renewed_quietly(
    client, inquiry_page, field_names
):
    html = soup(client.post("/inquire/", {STARTED_FIELD: "forged:token"}))
    assert fields_with_errors(html, field_names) == set(REQUIRED)
    assert EXPIRED not in html.get_text()
    renewed = html.select_one(f"input[name={STARTED_FIELD}]")["value"]
    assert renewed != "forged:token"


def test_reply_time_and_privacy_notice_come_before_the_send_button(
    client, inquiry_page
):
    html = soup(client.get("/inquire/"))
    form = html.select_one("form.inquiry-form")
    note = form.select_one("#inquiry-before-sending")
    button = form.select_one("button[type=submit]")
    assert note is not None
    # In document order the note is read before the button, and the button
    # points screen readers at it.
    assert button in note.find_all_next("button")
    assert button["aria-describedby"] == "inquiry-before-sending"
    assert inquiry_page.reply_expectation in note.get_text()
    link = note.select_one("a[href]")
    notice = html.select_one(link["href"])
    assert notice is not None
    assert "180 days" in notice.get_text()
    assert "doctor you chose" in notice.get_text()
