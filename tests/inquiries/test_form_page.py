"""The visitor's side: the form, prefill, errors, the thank-you page."""

import pytest

from inquiries.models import InquirySubmission
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db


def test_demo_publishes_the_form_at_inquire(client, inquiry_page, field_names):
    response = client.get("/inquire/")
    assert response.status_code == 200
    html = soup(response)
    form = html.select_one("form.inquiry-form")
    assert form["method"] == "post"
    assert form["action"] == "/inquire/"
    names = {tag["name"] for tag in form.select("input, select, textarea")}
    assert set(field_names.values()) <= names
    consent = form.select_one(f"input[name={field_names['consent']}]")
    assert consent["type"] == "checkbox"
    assert consent.has_attr("required")
    label = form.select_one(f"label[for={consent['id']}]").get_text()
    assert "inquiry team may store what I wrote" in label


def test_form_page_is_never_cached_and_sets_the_csrf_cookie(client, inquiry_page):
    response = client.get("/inquire/")
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control
    assert "csrftoken" in response.cookies


def test_treatment_choices_are_the_live_treatments(
    client, inquiry_page, treatment, treatment_index, field_names
):
    from tests.factories import TreatmentPageFactory

    draft = TreatmentPageFactory(parent=treatment_index, title="Draft only", live=False)
    html = soup(client.get("/inquire/"))
    options = {
        option["value"]
        for option in html.select(f"select[name={field_names['treatment']}] option")
    }
    assert treatment.slug in options
    assert draft.slug not in options


def test_doctor_choices_offer_any_doctor_first(
    client, inquiry_page, doctor, field_names
):
    html = soup(client.get("/inquire/"))
    options = html.select(f"select[name={field_names['doctor']}] option")
    assert options[0]["value"] == "any"
    assert options[0].has_attr("selected")
    assert str(doctor.pk) in {option["value"] for option in options}


def test_treatment_in_query_is_preselected(
    client, inquiry_page, treatment, field_names
):
    html = soup(client.get(f"/inquire/?treatment={treatment.slug}"))
    selected = html.select_one(
        f"select[name={field_names['treatment']}] option[selected]"
    )
    assert selected["value"] == treatment.slug


def test_unknown_treatment_in_query_is_ignored(client, inquiry_page, field_names):
    response = client.get("/inquire/?treatment=no-such-thing")
    assert response.status_code == 200
    selected = soup(response).select_one(
        f"select[name={field_names['treatment']}] option[selected]"
    )
    assert selected is None or selected["value"] == ""


def test_treatment_page_links_to_the_prefilled_form(
    client, inquiry_page, treatment, field_names
):
    link = soup(client.get(treatment.url)).select_one(".cta a.button")
    assert link["href"] == f"/inquire/?treatment={treatment.slug}"
    selected = soup(client.get(link["href"])).select_one(
        f"select[name={field_names['treatment']}] option[selected]"
    )
    assert selected["value"] == treatment.slug


def test_valid_post_redirects_to_thanks_without_data_in_the_url(
    client, inquiry_page, valid_data
):
    response = client.post("/inquire/", valid_data())
    assert response.status_code == 302
    assert response["Location"] == "/inquire/thanks/"
    submission = InquirySubmission.objects.get()
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "no-store" in thanks["Cache-Control"]
    html = soup(thanks)
    assert (
        html.select_one(".inquiry-reference strong").get_text() == submission.reference
    )
    assert "within two working days" in html.select_one(".inquiry-next").get_text()
    # The thank-you page repeats nothing the visitor wrote.
    assert "Jane Visitor" not in thanks.content.decode()
    assert "thinning" not in thanks.content.decode()


def test_thanks_without_a_submission_goes_back_to_the_form(client, inquiry_page):
    response = client.get("/inquire/thanks/")
    assert response.status_code == 302
    assert response["Location"] == "/inquire/"


def test_submission_stores_answers_as_text_with_choice_labels(
    client, inquiry_page, valid_data, treatment, field_names
):
    client.post("/inquire/", valid_data())
    submission = InquirySubmission.objects.get()
    assert submission.status == "new"
    assert submission.email == "jane@example.com"
    assert submission.treatment_id == treatment.pk
    assert submission.doctor is None
    assert submission.form_data[field_names["treatment"]] == treatment.title
    assert submission.form_data[field_names["doctor"]] == "Any doctor"
    assert "inquiry_started" not in submission.form_data
    assert "inquiry_homepage" not in submission.form_data


def test_consent_is_required_and_errors_sit_next_to_their_field(
    client, inquiry_page, valid_data, field_names
):
    response = client.post("/inquire/", valid_data(**{field_names["consent"]: None}))
    assert response.status_code == 200
    assert not InquirySubmission.objects.exists()
    html = soup(response)
    consent_box = html.select_one(f"[data-field={field_names['consent']}]")
    assert consent_box.select_one(".errorlist").get_text(strip=True)
    assert html.select_one(f"[data-field={field_names['name']}] .errorlist") is None
    # What the visitor typed is kept.
    assert (
        html.select_one(f"input[name={field_names['name']}]")["value"] == "Jane Visitor"
    )
    assert (
        "thinning at the crown"
        in html.select_one(f"textarea[name={field_names['multiline']}]").get_text()
    )


def test_missing_required_fields_are_each_reported(
    client, inquiry_page, valid_data, field_names
):
    response = client.post(
        "/inquire/",
        valid_data(**{field_names["name"]: "", field_names["email"]: "not-an-email"}),
    )
    html = soup(response)
    for kind in ("name", "email"):
        box = html.select_one(f"[data-field={field_names[kind]}]")
        assert box.select_one(".errorlist"), kind
    assert not InquirySubmission.objects.exists()


def test_errors_are_tied_to_their_input_for_screen_readers(
    client, inquiry_page, valid_data, field_names
):
    response = client.post("/inquire/", valid_data(**{field_names["email"]: "nope"}))
    html = soup(response)
    email = html.select_one(f"input[name={field_names['email']}]")
    assert email["aria-invalid"] == "true"
    described_by = email["aria-describedby"].split()
    errors = html.select(".errorlist")
    assert len(errors) == 1
    assert errors[0]["id"] in described_by
    help_text = html.select_one(f"[data-field={field_names['email']}] .helptext")
    assert help_text["id"] in described_by
