"""Robots, floods and hostile input: CSRF, honeypot, fill time, rate limits, limits."""

import time
import uuid

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from inquiries.fill_time import make_fill_token
from inquiries.forms import HONEYPOT_FIELD, RATE_LIMITED, STARTED_FIELD
from inquiries.models import InquirySubmission
from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db


def post(client, data, address="203.0.113.7"):
    return client.post("/inquire/", data, REMOTE_ADDR=address)


def test_csrf_token_is_required(inquiry_page, valid_data):
    browser = Client(enforce_csrf_checks=True)
    assert browser.post("/inquire/", valid_data()).status_code == 403
    assert not InquirySubmission.objects.exists()

    page = browser.get("/inquire/")
    token = soup(page).select_one("input[name=csrfmiddlewaretoken]")["value"]
    response = browser.post("/inquire/", {**valid_data(), "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert InquirySubmission.objects.count() == 1


def test_filled_honeypot_is_refused(client, inquiry_page, valid_data):
    response = post(client, valid_data(**{HONEYPOT_FIELD: "http://spam.example"}))
    assert response.status_code == 200
    assert "could not accept" in soup(response).select_one(".form-errors").get_text()
    assert not InquirySubmission.objects.exists()


def test_honeypot_is_hidden_from_people(client, inquiry_page):
    field = soup(client.get("/inquire/")).select_one(f"input[name={HONEYPOT_FIELD}]")
    wrapper = field.find_parent("div")
    assert wrapper.has_attr("hidden")
    assert wrapper["aria-hidden"] == "true"
    assert field["tabindex"] == "-1"


def test_form_sent_too_fast_is_refused(client, inquiry_page, valid_data, settings):
    settings.INQUIRY_MIN_FILL_SECONDS = 3
    response = post(client, valid_data(**{STARTED_FIELD: make_fill_token()}))
    assert (
        "quicker than we expected"
        in soup(response).select_one(".form-errors").get_text()
    )
    assert not InquirySubmission.objects.exists()


@pytest.mark.parametrize("token", ["", "12345", "forged:token"])
def test_missing_or_forged_timestamp_is_refused(
    client, inquiry_page, valid_data, token
):
    response = post(client, valid_data(**{STARTED_FIELD: token}))
    html = soup(response)
    assert "open for a long time" in html.select_one(".form-errors").get_text()
    # A fresh, valid timestamp comes back so the visitor can simply resend.
    renewed = html.select_one(f"input[name={STARTED_FIELD}]")["value"]
    assert renewed != token
    assert not InquirySubmission.objects.exists()


def test_rate_limit_per_client_address(client, inquiry_page, valid_data, settings):
    settings.INQUIRY_RATE_LIMIT_PER_ADDRESS = 2
    for number in range(2):
        response = post(
            client, valid_data(**{"email_address": f"v{number}@example.com"})
        )
        assert response.status_code == 302
    response = post(client, valid_data(**{"email_address": "v9@example.com"}))
    assert response.status_code == 429
    assert RATE_LIMITED in soup(response).select_one(".form-errors").get_text()
    # The visitor's input is kept for when they try again.
    assert soup(response).select_one("input[name=your_name]")["value"] == "Jane Visitor"
    assert InquirySubmission.objects.count() == 2
    # Another address is not affected.
    assert (
        post(
            client, valid_data(**{"email_address": "w@example.com"}), "198.51.100.1"
        ).status_code
        == 302
    )


def test_rate_limit_per_email_across_addresses(
    client, inquiry_page, valid_data, settings
):
    settings.INQUIRY_RATE_LIMIT_PER_EMAIL = 2
    for number in range(2):
        assert post(client, valid_data(), f"198.51.100.{number}").status_code == 302
    response = post(
        client, valid_data(**{"email_address": "JANE@example.com"}), "198.51.100.50"
    )
    assert response.status_code == 429
    assert InquirySubmission.objects.count() == 2


def test_rate_limit_counts_in_redis(
    client, inquiry_page, valid_data, settings, redis_test_url
):
    prefix = f"test-inquiries-{uuid.uuid4().hex}"
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_test_url,
            "KEY_PREFIX": prefix,
        }
    }
    settings.INQUIRY_RATE_LIMIT_PER_ADDRESS = 1
    with override_settings(CACHES=redis_cache):
        cache = caches["default"]
        try:
            assert post(client, valid_data()).status_code == 302
            assert (
                post(
                    client, valid_data(**{"email_address": "b@example.com"})
                ).status_code
                == 429
            )
            keys = cache._cache.get_client().keys(f"{prefix}:*")
            assert keys, "the counter lives in Redis"
            # Keys hold a keyed hash, never the address itself.
            assert not any(b"203.0.113.7" in key for key in keys)
            assert not any(b"jane@example.com" in key for key in keys)
        finally:
            client_ = cache._cache.get_client()
            for key in client_.keys(f"{prefix}:*"):
                client_.delete(key)
    assert InquirySubmission.objects.count() == 1


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("name", "A" * 121),
        ("multiline", "words " * 1000),
        ("phone", "1" * 41),
        ("email", "a" * 250 + "@example.com"),
    ],
)
def test_oversized_fields_are_refused_with_a_clear_error(
    client, inquiry_page, valid_data, field_names, kind, value
):
    response = post(client, valid_data(**{field_names[kind]: value}))
    box = soup(response).select_one(f"[data-field={field_names[kind]}]")
    assert box.select_one(".errorlist").get_text(strip=True)
    assert not InquirySubmission.objects.exists()


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("name", "Jane\r\nBcc: victim@example.org"),
        ("name", "Jane\nVisitor"),
        ("email", "jane@example.com\r\nBcc: victim@example.org"),
        ("email", "jane@example.com\nBcc:victim@example.org"),
    ],
)
def test_line_breaks_in_header_fields_are_refused(
    client, inquiry_page, valid_data, field_names, kind, value
):
    response = post(client, valid_data(**{field_names[kind]: value}))
    box = soup(response).select_one(f"[data-field={field_names[kind]}]")
    assert box.select_one(".errorlist").get_text(strip=True)
    assert not InquirySubmission.objects.exists()


def test_surrounding_whitespace_is_trimmed_not_stored(
    client, inquiry_page, valid_data, field_names
):
    post(client, valid_data(**{field_names["email"]: " jane@example.com\r\n"}))
    assert InquirySubmission.objects.get().email == "jane@example.com"


def test_html_is_stored_as_text(client, inquiry_page, valid_data, field_names):
    script = "<script>alert('x')</script> & <b>bold</b>"
    response = post(
        client,
        valid_data(
            **{
                field_names["multiline"]: script,
                field_names["name"]: "<img src=x onerror=alert(1)>",
            }
        ),
    )
    assert response.status_code == 302
    submission = InquirySubmission.objects.get()
    assert submission.form_data[field_names["multiline"]] == script
    assert submission.form_data[field_names["name"]] == "<img src=x onerror=alert(1)>"


def test_unicode_is_kept(client, inquiry_page, valid_data, field_names):
    name = "Zoë Ñúñez 山田 花子"
    message = "Ça pousse ? 頭髪が薄くなってきました 🙂"
    post(
        client,
        valid_data(**{field_names["name"]: name, field_names["multiline"]: message}),
    )
    submission = InquirySubmission.objects.get()
    assert submission.form_data[field_names["name"]] == name
    assert submission.form_data[field_names["multiline"]] == message


def test_invalid_choice_values_are_refused(
    client, inquiry_page, valid_data, field_names
):
    response = post(
        client,
        valid_data(
            **{field_names["doctor"]: "99999", field_names["treatment"]: "<script>"}
        ),
    )
    html = soup(response)
    assert html.select_one(f"[data-field={field_names['doctor']}] .errorlist")
    assert html.select_one(f"[data-field={field_names['treatment']}] .errorlist")
    assert not InquirySubmission.objects.exists()


def test_a_slow_human_is_accepted(client, inquiry_page, valid_data, settings):
    settings.INQUIRY_MIN_FILL_SECONDS = 30
    started = make_fill_token(time.time() - 31)
    assert post(client, valid_data(**{STARTED_FIELD: started})).status_code == 302
