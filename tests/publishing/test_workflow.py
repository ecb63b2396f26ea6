"""The medical review workflow: who may approve, and what approval records."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Site, TaskState, WorkflowState
from wagtail.test.utils import WagtailPageTestCase

from publishing.models import ReviewSettings
from publishing.roles import MEDICAL_REVIEWERS, put_section_under_review
from tests.factories import (
    DoctorFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
    fresh_home_page,
)
from tests.publishing.conftest import treatment_post_data
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(client, editor, review_roles, doctor):
    """A live article an editor has changed and submitted for medical review."""
    page = TreatmentPageFactory(
        parent=review_roles,
        title="Exosome scalp injections",
        slug="exosome-scalp-injections",
        regulatory_status="not_approved",
        medical_reviewer=doctor,
        last_reviewed=datetime.date(2024, 1, 10),
        next_review_due=datetime.date(2025, 1, 10),
    )
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        treatment_post_data(
            doctor,
            "action-submit",
            summary="Vesicles injected into the scalp. Updated by the editor.",
        ),
    )
    assert response.status_code == 302
    client.logout()
    return TreatmentPage.objects.get(pk=page.pk)


def years_later(day, years):
    """The same calendar day `years` on (28 February for 29 February).

    Worked out without publishing.review, so the review dates below are not
    checked against the code that computes them.
    """
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def task_state_of(page):
    return WorkflowState.objects.get(
        base_content_type=page.get_base_content_type(), object_id=str(page.pk)
    ).current_task_state


def act(client, user, page, action, comment=""):
    client.force_login(user)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, task_state_of(page).pk],
    )
    return client.post(url, {"comment": comment})


def test_a_new_treatments_section_is_under_medical_review(review_roles):
    workflow = review_roles.get_workflow()
    assert workflow.name == "Medical review"
    [task] = [task.specific for task in workflow.tasks]
    assert [group.name for group in task.groups.all()] == [MEDICAL_REVIEWERS]
    permissions = GroupPagePermission.objects.filter(page=review_roles).count()
    put_section_under_review(review_roles)  # idempotent
    assert GroupPagePermission.objects.filter(page=review_roles).count() == permissions


def test_reviewer_approval_publishes_and_records_reviewer_and_dates(
    client, submitted, reviewer
):
    task_state = task_state_of(submitted)
    response = act(client, reviewer, submitted, "approve", "Checked against 2024 data.")

    assert response.status_code == 302
    page = TreatmentPage.objects.get(pk=submitted.pk)
    today = timezone.localdate()
    assert page.summary.endswith("Updated by the editor.")  # the change is live
    assert page.medical_reviewer == reviewer.doctor
    assert page.last_reviewed == today
    assert page.next_review_due == years_later(today, 1)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    assert task_state.comment == "Checked against 2024 data."
    # The next edit starts from the same dates, not the submitted ones.
    latest = page.get_latest_revision_as_object()
    assert (latest.last_reviewed, latest.medical_reviewer_id) == (
        today,
        reviewer.doctor.pk,
    )
    live = page.live_revision.as_object()
    assert live.next_review_due == years_later(today, 1)


def test_approver_without_a_doctor_keeps_the_chosen_reviewer_and_interval_setting(
    client, submitted, admin_user, doctor
):
    settings = ReviewSettings.for_site(Site.objects.get(is_default_site=True))
    settings.review_interval_months = 24
    settings.save()
    act(client, admin_user, submitted, "approve")
    page = TreatmentPage.objects.get(pk=submitted.pk)
    assert page.medical_reviewer == doctor
    assert page.next_review_due == years_later(timezone.localdate(), 2)


def test_an_editor_cannot_approve(client, submitted, editor):
    response = act(client, editor, submitted, "approve")
    # Wagtail answers a refused admin action by sending the user home.
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert "permission" in str(list(get_messages(response.wsgi_request))[0])
    assert task_state_of(submitted).status == TaskState.STATUS_IN_PROGRESS
    page = TreatmentPage.objects.get(pk=submitted.pk)
    assert page.last_reviewed == datetime.date(2024, 1, 10)
    assert not page.summary.endswith("Updated by the editor.")


def test_reviewer_rejection_stores_the_comment_and_leaves_dates(
    client, submitted, reviewer
):
    task_state = task_state_of(submitted)
    response = act(client, reviewer, submitted, "reject", "Cite the 2023 review.")
    assert response.status_code == 302
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Cite the 2023 review."
    assert task_state.workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    page = TreatmentPage.objects.get(pk=submitted.pk)
    assert page.last_reviewed == datetime.date(2024, 1, 10)
    assert page.next_review_due == datetime.date(2025, 1, 10)


def test_scheduled_publishing_goes_live_with_publish_scheduled(
    admin_client, treatment_index, doctor
):
    page = TreatmentPageFactory(parent=treatment_index, medical_reviewer=doctor)
    page.unpublish()
    go_live = timezone.now() + datetime.timedelta(days=1)
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        treatment_post_data(
            doctor,
            "action-publish",
            title=page.title,
            slug=page.slug,
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
        ),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    revision = page.scheduled_revision
    assert revision is not None
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live  # not yet due
    # Time passes: the schedule falls due.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


class TreatmentPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = TreatmentIndexPageFactory(parent=fresh_home_page())
        cls.doctor = DoctorFactory()
        cls.page = TreatmentPageFactory(parent=cls.index, medical_reviewer=cls.doctor)

    def setUp(self):
        self.login()

    def test_treatment_page_preview_renders(self):
        data = treatment_post_data(
            self.doctor, title=self.page.title, slug=self.page.slug
        )
        self.assertPageIsPreviewable(self.page, post_data=data)

    def test_preview_of_an_edited_draft_with_claims_renders(self):
        data = treatment_post_data(
            self.doctor,
            title=self.page.title,
            slug=self.page.slug,
            summary="Guaranteed to cure baldness.",
        )
        self.assertPageIsPreviewable(self.page, post_data=data)
