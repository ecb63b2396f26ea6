"""Saving, refusing and publishing flagged claims through the page editor."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse

from publishing.models import ClaimAcknowledgement
from tests.factories import TreatmentPageFactory
from tests.publishing.conftest import treatment_post_data
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

RISKY_SUMMARY = "Guaranteed to cure baldness. Vesicles injected into the scalp."
SAFE_SUMMARY = "Vesicles injected into the scalp. Evidence is early."


@pytest.fixture
def page(treatment_index, doctor):
    return TreatmentPageFactory(
        parent=treatment_index,
        title="Exosome scalp injections",
        slug="exosome-scalp-injections",
        summary=SAFE_SUMMARY,
        regulatory_status="not_approved",
        medical_reviewer=doctor,
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def panel_fields(client, page):
    html = BeautifulSoup(client.get(edit_url(page)).content, "html.parser")
    return {
        textarea["name"]: textarea.get_text()
        for textarea in html.select("[data-claims-check] textarea")
    }


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_draft_with_risky_claims_saves_and_warns_naming_each_phrase(
    admin_client, page, doctor
):
    data = treatment_post_data(doctor, summary=RISKY_SUMMARY)
    response = admin_client.post(edit_url(page), data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().summary == RISKY_SUMMARY
    assert page.summary == SAFE_SUMMARY  # the live version is untouched
    warning = next(text for text in message_texts(response) if "Claims check" in text)
    assert "“Guaranteed” in Summary" in warning
    assert "“cure” in Summary" in warning
    assert len(panel_fields(admin_client, page)) == 2


def test_publishing_is_refused_until_each_phrase_is_acknowledged(
    admin_client, page, doctor
):
    admin_client.post(
        edit_url(page), treatment_post_data(doctor, summary=RISKY_SUMMARY)
    )
    fields = panel_fields(admin_client, page)

    refused = admin_client.post(
        edit_url(page),
        treatment_post_data(doctor, "action-publish", summary=RISKY_SUMMARY),
    )
    assert refused.status_code == 200
    errors = refused.context["form"].non_field_errors()
    assert len(errors) == 2
    assert any("“Guaranteed” in Summary" in error for error in errors)
    page.refresh_from_db()
    assert page.summary == SAFE_SUMMARY

    # One reason is not enough: both phrases need one.
    first, second = sorted(fields)
    half = admin_client.post(
        edit_url(page),
        treatment_post_data(
            doctor,
            "action-publish",
            acknowledgements={first: "Quoted from a clinic's advert we criticise."},
            summary=RISKY_SUMMARY,
        ),
    )
    assert half.status_code == 200
    assert len(half.context["form"].non_field_errors()) == 1
    assert not ClaimAcknowledgement.objects.exists()


def test_publishing_with_reasons_succeeds_and_stores_them_with_the_revision(
    admin_client, admin_user, page, doctor
):
    admin_client.post(
        edit_url(page), treatment_post_data(doctor, summary=RISKY_SUMMARY)
    )
    reasons = {
        name: f"Quoted from an advert the article debunks ({number})."
        for number, name in enumerate(sorted(panel_fields(admin_client, page)))
    }
    response = admin_client.post(
        edit_url(page),
        treatment_post_data(
            doctor, "action-publish", acknowledgements=reasons, summary=RISKY_SUMMARY
        ),
    )

    assert response.status_code == 302
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.summary == RISKY_SUMMARY
    stored = ClaimAcknowledgement.objects.filter(revision=page.live_revision)
    assert sorted((ack.rule, ack.phrase, ack.location) for ack in stored) == [
        ("cure", "cure", "Summary"),
        ("guarantee", "Guaranteed", "Summary"),
    ]
    assert {ack.reason for ack in stored} == set(reasons.values())
    assert {ack.user for ack in stored} == {admin_user}
    # The editor sees the reasons again next time, for the same phrases.
    assert set(panel_fields(admin_client, page).values()) == set(reasons.values())


def test_reworded_article_publishes_without_acknowledgement(admin_client, page, doctor):
    admin_client.post(
        edit_url(page), treatment_post_data(doctor, summary=RISKY_SUMMARY)
    )
    response = admin_client.post(
        edit_url(page),
        treatment_post_data(
            doctor, "action-publish", summary=SAFE_SUMMARY + " Reworded."
        ),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary.endswith("Reworded.")
    assert not ClaimAcknowledgement.objects.exists()
    assert panel_fields(admin_client, page) == {}


def test_submitting_for_medical_review_is_refused_too(client, editor, page, doctor):
    client.force_login(editor)
    response = client.post(
        edit_url(page),
        treatment_post_data(doctor, "action-submit", summary=RISKY_SUMMARY),
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    page.refresh_from_db()
    assert page.workflow_states.count() == 0


def test_site_phrases_from_review_settings_are_checked(admin_client, page, doctor):
    from wagtail.models import Site

    from publishing.models import ReviewSettings

    settings = ReviewSettings.for_site(Site.objects.get(is_default_site=True))
    settings.extra_claim_phrases = "instant results | Nothing works at once."
    settings.save()
    response = admin_client.post(
        edit_url(page),
        treatment_post_data(
            doctor, "action-publish", summary=SAFE_SUMMARY + " Instant results."
        ),
    )
    assert response.status_code == 200
    assert (
        "“Instant results” in Summary" in response.context["form"].non_field_errors()[0]
    )


def bulk_publish(client, *pages):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    query = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"{url}?{query}&next=/admin/", {"include_descendants": ""})


def test_bulk_publish_refuses_a_draft_with_unexplained_claims(
    admin_client, page, doctor
):
    admin_client.post(
        edit_url(page), treatment_post_data(doctor, summary=RISKY_SUMMARY)
    )
    response = bulk_publish(admin_client, page)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.summary == SAFE_SUMMARY
    assert any("Not published" in text for text in message_texts(response))


def test_bulk_publish_accepts_a_draft_whose_reasons_were_saved(
    admin_client, page, doctor
):
    admin_client.post(
        edit_url(page), treatment_post_data(doctor, summary=RISKY_SUMMARY)
    )
    reasons = dict.fromkeys(
        panel_fields(admin_client, page), "Quoted from an advert the article debunks."
    )
    admin_client.post(
        edit_url(page),
        treatment_post_data(doctor, acknowledgements=reasons, summary=RISKY_SUMMARY),
    )
    bulk_publish(admin_client, page)
    page.refresh_from_db()
    assert page.summary == RISKY_SUMMARY


def test_creating_a_page_checks_claims_too(admin_client, treatment_index, doctor):
    url = reverse(
        "wagtailadmin_pages:add",
        args=["treatments", "treatmentpage", treatment_index.pk],
    )
    data = treatment_post_data(doctor, title="A miracle for hair", slug="miracle")
    refused = admin_client.post(url, {**data, "action-publish": "1"})
    assert refused.status_code == 200
    assert "“miracle” in Title" in refused.context["form"].non_field_errors()[0]
    assert not TreatmentPage.objects.filter(slug="miracle").exists()

    saved = admin_client.post(url, data)
    assert saved.status_code == 302
    page = TreatmentPage.objects.get(slug="miracle")
    assert not page.live
    assert any("“miracle” in Title" in text for text in message_texts(saved))
