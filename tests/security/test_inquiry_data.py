"""Inquiry data: exports safe for any character, public email domains, rate
limits that tell visitors behind our proxy apart, and links the models check."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from inquiries.models import InquirySubmission
from tests.factories import TreatmentPageFactory, reference, references_block
from treatments.validators import has_public_domain, is_safe_link

# What a visitor can type or paste, controls included (the form itself
# refuses NUL, as every Django text field does).
NASTY = "Line\x0bbreak\x0c\x01\x1f\x7f \u2028 =1+2 \ud7ff \U0001f600"
FORMULA = '=HYPERLINK("http://evil.example","click")'


def exports(client, page):
    urls = [
        reverse("wagtailforms:list_submissions", args=[page.pk]),
        reverse("inquiries_submission:index"),
    ]
    return [(url, fmt) for url in urls for fmt in ("csv", "xlsx")]


def read_cells(response, fmt):
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    if fmt == "csv":
        return [cell for row in csv.reader(io.StringIO(body.decode())) for cell in row]
    sheet = load_workbook(io.BytesIO(body)).active
    return [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value]


def test_every_export_opens_whatever_was_typed(
    client, inquiry_page, valid_data, field_names, manager
):
    response = client.post(
        "/inquire/",
        valid_data(**{field_names["multiline"]: NASTY, field_names["name"]: FORMULA}),
    )
    assert response.status_code == 302
    assert InquirySubmission.objects.count() == 1
    client.force_login(manager)
    for url, fmt in exports(client, inquiry_page):
        # Wagtail's own listing redirects to the audited one, query kept.
        response = client.get(url, {"export": fmt}, follow=True)
        assert response.status_code == 200, (url, fmt)
        cells = read_cells(response, fmt)
        text = " ".join(cells)
        assert "Line" in text and "break" in text, (url, fmt)
        if fmt == "csv":
            # Text that starts with "=" is quoted so it cannot run.
            assert not [cell for cell in cells if cell.startswith("=")]
            assert any(FORMULA in cell for cell in cells)
        else:
            # XLSX stores it as text: openpyxl reads back the string typed.
            assert any(FORMULA in cell for cell in cells)


@pytest.mark.parametrize(
    "email",
    [
        "a@localhost",
        "a@[127.0.0.1]",
        "a@[IPv6:::1]",
        "a@intranet",
        "a@printer.local",
        "a@site.test",
        "a@mail.internal",
        "a@x.example",
        "a@host.localhost",
    ],
)
def test_confirmations_go_only_to_public_domains(
    client, inquiry_page, valid_data, field_names, email
):
    response = client.post("/inquire/", valid_data(**{field_names["email"]: email}))
    assert response.status_code == 200
    assert b"public domain" in response.content
    assert not InquirySubmission.objects.exists()


@pytest.mark.parametrize(
    ("email", "public"),
    [
        ("jane@mail.com", True),
        ("j@nhs.uk", True),
        ("j@xn--80ak6aa92e.com", True),
        ("j@localhost", False),
        ("j@[10.0.0.1]", False),
        ("j@com", False),
    ],
)
def test_public_domain_rule(email, public):
    assert has_public_domain(email) is public


def test_two_visitors_behind_our_proxy_are_counted_apart(
    client, inquiry_page, valid_data, field_names, settings
):
    settings.INQUIRY_TRUSTED_PROXIES = 1
    settings.INQUIRY_RATE_LIMIT_PER_ADDRESS = 2

    def send(visitor, n):
        email = f"v{visitor}-{n}@mail.com"
        return client.post(
            "/inquire/",
            valid_data(**{field_names["email"]: email}),
            REMOTE_ADDR="127.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"203.0.113.{visitor}",
        )

    first = [send(1, n).status_code for n in range(3)]
    second = [send(2, n).status_code for n in range(2)]
    assert first == [302, 302, 429]  # the third is over the limit
    assert second == [302, 302]
    assert InquirySubmission.objects.count() == 4


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://pubmed.ncbi.nlm.nih.gov/1/", True),
        ("http://a.org", True),
        ("mailto:desk@clinic.org", True),
        ("", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:x", False),
        ("ftp://a.org", False),
        ("//evil.example", False),
        ("https:", False),
    ],
)
def test_link_rule(url, safe):
    assert is_safe_link(url) is safe


def test_a_treatment_with_a_script_link_cannot_be_saved(treatment_index):
    page = TreatmentPageFactory(parent=treatment_index, title="Safe", slug="safe")
    page.body = [references_block(reference(url="javascript:alert(1)"))]
    with pytest.raises(ValidationError) as refused:
        page.save()
    assert "body" in refused.value.message_dict
    with pytest.raises(ValidationError):
        page.save_revision()


def test_a_promotion_with_a_script_link_cannot_be_saved(db):
    query = Query.get("hair")
    with pytest.raises(ValidationError):
        SearchPromotion.objects.create(
            query=query,
            external_link_url="javascript:alert(1)",
            external_link_text="Click",
            sort_order=0,
        )
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/",
        external_link_text="OK",
        sort_order=0,
    )
    assert SearchPromotion.objects.count() == 1
