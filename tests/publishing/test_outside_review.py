"""A review done outside the portal: superusers only, with a reason, audited."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from publishing.models import MedicalReview, ReviewState
from publishing.outside_review import LOG_ACTION, record_button
from publishing.review_fingerprint import fingerprint
from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db

REASON = "Reviewed on paper at the 3 November clinical governance meeting."


@pytest.fixture
def live_page(review_roles, doctor):
    page = TreatmentPageFactory(parent=review_roles, medical_reviewer=doctor)
    page.save_revision().publish()  # live, never approved: pending
    page.refresh_from_db()
    return page


def url(page):
    return reverse("publishing_outside_review", args=[page.pk])


def test_a_superuser_records_a_review_with_a_reason(
    admin_client, admin_user, live_page, doctor, client
):
    assert admin_client.get(url(live_page)).status_code == 200
    response = admin_client.post(
        url(live_page), {"reviewer": doctor.pk, "reason": REASON}
    )
    assert response.status_code == 302

    review = MedicalReview.objects.get(page=live_page)
    assert review.kind == MedicalReview.OUTSIDE
    assert (review.reason, review.reviewer, review.approver) == (
        REASON,
        doctor,
        admin_user,
    )
    assert review.revision == live_page.live_revision
    assert review.fingerprint == fingerprint(live_page.live_revision.as_object())
    assert ReviewState.objects.get(page=live_page).reviewed
    entry = PageLogEntry.objects.get(page=live_page, action=LOG_ACTION)
    assert entry.user == admin_user
    assert entry.data["reason"] == REASON
    assert entry.data["reviewer"] == doctor.name
    assert entry.comment == REASON  # shown in the page's history
    html = BeautifulSoup(client.get(live_page.url).content, "html.parser")
    claim = html.select_one(".review-claim").get_text(" ", strip=True)
    assert claim.startswith(f"Medically reviewed by {doctor.name}")
    assert f"{timezone.localdate():%-d %B %Y}" in claim


def test_a_reason_is_required(admin_client, live_page, doctor):
    response = admin_client.post(url(live_page), {"reviewer": doctor.pk, "reason": ""})
    assert response.status_code == 200
    assert "reason" in response.context["form"].errors
    assert not MedicalReview.objects.filter(page=live_page).exists()
    assert not PageLogEntry.objects.filter(action=LOG_ACTION).exists()


@pytest.mark.parametrize("role", ["editor", "reviewer"])
def test_others_are_refused(client, request, live_page, doctor, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(live_page)).status_code == 403
    response = client.post(url(live_page), {"reviewer": doctor.pk, "reason": REASON})
    assert response.status_code == 403
    assert not MedicalReview.objects.filter(page=live_page).exists()
    assert not PageLogEntry.objects.filter(action=LOG_ACTION).exists()
    assert not ReviewState.objects.get(page=live_page).reviewed


def test_the_button_is_offered_to_superusers_on_live_articles(
    admin_user, editor, live_page, review_roles
):
    [button] = record_button(live_page, admin_user)
    assert button.url == url(live_page)
    assert record_button(live_page, editor) == []
    assert record_button(review_roles, admin_user) == []  # not an article


def test_the_editor_header_shows_the_button_to_a_superuser(admin_client, live_page):
    edit = reverse("wagtailadmin_pages:edit", args=[live_page.pk])
    html = BeautifulSoup(admin_client.get(edit).content, "html.parser")
    assert html.select_one(f'a[href="{url(live_page)}"]') is not None
