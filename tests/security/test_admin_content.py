"""Content no editor's browser would send, posted to the admin for each page
type: wrong, deeply nested or huge StreamField and rich text data. Each is
refused with the form and a message, never a server error, and saves nothing.
"""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models

from inquiries.models import InquiryFormPage
from security.middleware import ADMIN_MAX_FORMS

OUR_APPS = {"home", "treatments", "inquiries"}
DEEP = "[" * 50_000 + "]" * 50_000
DEEP_OBJECT = '{"a":' * 20_000 + "1" + "}" * 20_000


def page_types():
    return [model for model in get_page_models() if model._meta.app_label in OUR_APPS]


def stream_posts():
    """(label, fields) pairs of broken StreamField data for a field `body`."""
    yield "count not a number", {"body-count": "many"}
    yield "count without blocks", {"body-count": "3"}
    yield "negative count", {"body-count": "-5"}
    yield "huge count", {"body-count": "999999999999"}
    yield (
        "unknown block type",
        {
            "body-count": "1",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-type": "no_such_block",
        },
    )
    yield (
        "order not a number",
        {
            "body-count": "1",
            "body-0-deleted": "",
            "body-0-order": "first",
            "body-0-type": "section",
            "body-0-value-heading": "x",
            "body-0-value-content": "{}",
        },
    )
    yield (
        "references list broken",
        {
            "body-count": "1",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-type": "references",
            "body-0-value-heading": "References",
            "body-0-value-references-count": "2",
        },
    )
    yield (
        "table JSON deeply nested",
        {
            "body-count": "1",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-type": "table",
            "body-0-value-caption": "x",
            "body-0-value-table": DEEP,
        },
    )
    yield "section JSON as a whole body", {"body": json.dumps([{"type": "x"}] * 10)}
    yield (
        "huge section",
        {
            "body-count": "1",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-type": "section",
            "body-0-value-heading": "h" * 100_000,
            "body-0-value-content": json.dumps({"blocks": [{"text": "x" * 1_000_000}]}),
        },
    )


def rich_text_posts(field):
    yield "rich text not JSON", {field: "{not json"}
    yield "rich text deeply nested", {field: DEEP_OBJECT}
    yield "rich text wrong shape", {field: json.dumps({"blocks": "nope"})}
    yield "rich text list", {field: DEEP}


def hostile_posts(model):
    names = {field.name for field in model._meta.get_fields()}
    if "body" in names:
        yield from stream_posts()
    if "introduction" in names:
        yield from rich_text_posts("introduction")
    for formset in ("form_fields", "related_treatments"):
        if formset in names:
            yield (
                f"{formset} formset broken",
                {
                    f"{formset}-TOTAL_FORMS": "999999999",
                    f"{formset}-INITIAL_FORMS": "x",
                },
            )


def cases():
    for model in page_types():
        for label, fields in hostile_posts(model):
            yield pytest.param(model, fields, id=f"{model.__name__}: {label}")


@pytest.fixture
def editor_client(hostile_client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="fuzz-admin", email="fuzz@example.org", password="password"
    )
    hostile_client.force_login(user)
    return hostile_client


def test_every_page_type_is_covered(demo_site):
    found = {model.__name__ for model in page_types()}
    assert {
        "HomePage",
        "TreatmentIndexPage",
        "TreatmentPage",
        "InquiryFormPage",
    } <= found
    for model in page_types():
        assert model.objects.live().exists(), model


@pytest.mark.parametrize(("model", "fields"), list(cases()))
def test_broken_content_is_refused_cleanly(demo_site, editor_client, model, fields):
    page = model.objects.live().first()
    revisions = page.revisions.count()
    data = {"title": page.title, "slug": page.slug, **fields}
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), data
    )
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert b"could not be read. Nothing was saved." in response.content
    assert Page.objects.get(pk=page.pk).specific.revisions.count() == revisions


def test_a_formset_larger_than_any_page_is_refused_before_the_view(
    demo_site, editor_client
):
    page = InquiryFormPage.objects.live().first()
    revisions = page.revisions.count()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    rows = {"form_fields-TOTAL_FORMS": str(ADMIN_MAX_FORMS + 1)}
    response = editor_client.post(url, {"title": page.title, **rows})
    assert page.revisions.count() == revisions
    assert response.status_code == 400
    assert b"could not be read. Nothing was saved." in response.content
    at_the_limit = {"form_fields-TOTAL_FORMS": str(ADMIN_MAX_FORMS)}
    response = editor_client.post(url, {"title": page.title, **at_the_limit})
    assert response.status_code == 200  # the editor, with the form's own errors
