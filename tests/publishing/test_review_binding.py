"""The review is bound to the text: every publish path but the approval ends
"review pending"; the approval ends "reviewed", with the label and JSON-LD."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, TaskState, WorkflowState

from publishing.models import MedicalReview, ReviewState
from publishing.review import due_for_review
from publishing.review_fingerprint import fingerprint
from tests.factories import TreatmentPageFactory
from tests.html import soup
from tests.publishing.conftest import treatment_post_data
from tests.publishing.json_ld import by_type, json_ld
from tests.reviewing import approved
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

SAMPLE = (
    Path(__file__).parents[1] / "treatments" / "samples" / "platelet-rich-plasma.md"
)
SLUG = "platelet-rich-plasma-for-hair-loss"
CHANGED_SUMMARY = "Vesicles injected into the scalp. A new sentence, not reviewed."


@pytest.fixture
def reviewed_page(review_roles, doctor):
    """A live article whose text a reviewer approved (months ago)."""
    page = TreatmentPageFactory(
        parent=review_roles,
        title="Exosome scalp injections",
        slug="exosome-scalp-injections",
        regulatory_status="not_approved",
        medical_reviewer=doctor,
    )
    return approved(
        page, next_review_due=timezone.localdate() + datetime.timedelta(200)
    )


@pytest.fixture
def other_due_page(review_roles, doctor):
    """Another reviewed article, overdue: pending pages still come before it."""
    page = TreatmentPageFactory(parent=review_roles, medical_reviewer=doctor)
    return approved(page, next_review_due=datetime.date(2020, 1, 1))


def web_page(client, page):
    [node] = by_type(json_ld(client, page.url), "MedicalWebPage")
    return node


def assert_pending(client, page):
    """What readers, search engines and the review report see after an
    unreviewed publish."""
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live
    assert ReviewState.objects.get(page=page).reviewed is False
    html = soup(client.get(page.url, HTTP_HOST="localhost"))
    byline = html.select_one(".article__byline")
    assert byline.select_one(".review-claim") is None
    assert "Medically reviewed" not in byline.get_text()
    notice = byline.select_one(".review-pending")
    updated = timezone.localtime(page.last_published_at).date()
    assert notice.get_text(" ", strip=True) == (
        f"Updated on {updated:%-d %B %Y} ; its medical review is pending."
    )
    assert notice.select_one("time")["datetime"] == updated.isoformat()
    node = web_page(client, page)
    assert "reviewedBy" not in node and "lastReviewed" not in node
    assert node["dateModified"]  # the update itself is no secret
    first = due_for_review(timezone.localdate(), 30).first()
    assert (first.pk, first.review_pending) == (page.pk, True)


def assert_reviewed(client, page, doctor, on):
    page = TreatmentPage.objects.get(pk=page.pk)
    assert ReviewState.objects.get(page=page).reviewed is True
    html = soup(client.get(page.url, HTTP_HOST="localhost"))
    claim = html.select_one(".article__byline .review-claim")
    assert claim.get_text(" ", strip=True).startswith(
        f"Medically reviewed by {doctor.name}, {doctor.credentials} on {on:%-d %B %Y}"
    )
    assert html.select_one(".review-pending") is None
    node = web_page(client, page)
    assert node["lastReviewed"] == on.isoformat()
    assert node["reviewedBy"]["name"] == doctor.name


def edit(client, page, doctor, action, **fields):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        treatment_post_data(doctor, action, title=page.title, slug=page.slug, **fields),
    )
    assert response.status_code == 302, (
        response.context and response.context["form"].errors
    )
    return response


# The approval ---------------------------------------------------------------


def test_workflow_approval_ends_reviewed_with_label_json_ld_and_dates(
    client, review_roles, editor, reviewer, doctor, other_due_page
):
    page = TreatmentPageFactory(parent=review_roles, medical_reviewer=doctor)
    client.force_login(editor)
    edit(client, page, doctor, "action-submit", summary=CHANGED_SUMMARY)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state
    client.force_login(reviewer)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": "Checked."},
    )
    client.logout()

    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    review = MedicalReview.objects.get(page=page)
    assert review.revision == task_state.revision  # exactly what was approved
    assert review.fingerprint == fingerprint(task_state.revision.as_object())
    assert (review.kind, review.approver) == (MedicalReview.WORKFLOW, reviewer)
    today = timezone.localdate()
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.summary == CHANGED_SUMMARY
    assert page.last_reviewed == review.reviewed_on == today
    assert page.next_review_due == review.next_review_due > today
    assert page.medical_reviewer == reviewer.doctor
    assert_reviewed(client, page, reviewer.doctor, today)
    # Reviewed and not due: not in the report.
    assert page.pk not in {p.pk for p in due_for_review(today, 30)}


# Every other publish --------------------------------------------------------


def test_a_moderator_publishing_in_the_admin_leaves_the_review_pending(
    client, reviewed_page, doctor, django_user_model, other_due_page
):
    moderators = Group.objects.get(name="Moderators")
    # Migrations leave Wagtail's Moderators no page rights; a site admin may
    # give them back. Even then, their publish is not a review.
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=moderators,
            page=reviewed_page.get_parent(),
            permission=Permission.objects.get(codename=codename),
        )
    moderator = django_user_model.objects.create_user("moderator", password="pw")
    moderator.groups.add(moderators)
    moderator.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(moderator)
    edit(client, reviewed_page, doctor, "action-publish", summary=CHANGED_SUMMARY)
    client.logout()
    assert TreatmentPage.objects.get(pk=reviewed_page.pk).summary == CHANGED_SUMMARY
    assert_pending(client, reviewed_page)


def test_a_superuser_publishing_in_the_admin_leaves_the_review_pending(
    client, admin_user, reviewed_page, doctor, other_due_page
):
    client.force_login(admin_user)
    edit(client, reviewed_page, doctor, "action-publish", summary=CHANGED_SUMMARY)
    client.logout()
    assert_pending(client, reviewed_page)


def test_posted_review_dates_are_ignored(admin_client, reviewed_page, doctor):
    before = TreatmentPage.objects.get(pk=reviewed_page.pk)
    edit(
        admin_client,
        reviewed_page,
        doctor,
        "action-publish",
        last_reviewed="2030-01-01",
        next_review_due="2031-01-01",
    )
    page = TreatmentPage.objects.get(pk=reviewed_page.pk)
    assert (page.last_reviewed, page.next_review_due) == (
        before.last_reviewed,
        before.next_review_due,
    )


def test_bulk_publish_leaves_the_review_pending(
    admin_client, client, reviewed_page, doctor, other_due_page
):
    edit(admin_client, reviewed_page, doctor, None, summary=CHANGED_SUMMARY)  # draft
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    admin_client.post(
        f"{url}?id={reviewed_page.pk}&next=/admin/", {"include_descendants": ""}
    )
    assert TreatmentPage.objects.get(pk=reviewed_page.pk).summary == CHANGED_SUMMARY
    assert_pending(client, reviewed_page)


def test_scheduled_publishing_leaves_the_review_pending(
    admin_client, client, reviewed_page, doctor, other_due_page
):
    go_live = timezone.now() + datetime.timedelta(days=1)
    edit(
        admin_client,
        reviewed_page,
        doctor,
        "action-publish",
        summary=CHANGED_SUMMARY,
        go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
    )
    revision = TreatmentPage.objects.get(pk=reviewed_page.pk).scheduled_revision
    # Time passes: the schedule falls due.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert TreatmentPage.objects.get(pk=reviewed_page.pk).summary == CHANGED_SUMMARY
    assert_pending(client, reviewed_page)


def test_revision_publish_from_code_leaves_the_review_pending(
    client, reviewed_page, other_due_page
):
    page = reviewed_page.get_latest_revision_as_object()
    page.summary = CHANGED_SUMMARY
    page.last_reviewed = datetime.date(2030, 1, 1)  # typed by a script
    page.next_review_due = datetime.date(2031, 1, 1)
    page.save_revision().publish()
    assert_pending(client, reviewed_page)
    live = TreatmentPage.objects.get(pk=reviewed_page.pk)
    assert live.last_reviewed == MedicalReview.objects.get(page=live).reviewed_on


def test_a_publish_that_changes_nothing_readers_see_keeps_the_review(
    client, reviewed_page, doctor
):
    page = reviewed_page.get_latest_revision_as_object()
    page.seo_title = "Exosome injections: what the evidence says"
    page.save_revision().publish()
    assert_reviewed(client, page, doctor, reviewed_page.last_reviewed)


def import_sample(*args):
    out = StringIO()
    call_command("import_article", str(SAMPLE), *args, stdout=out)
    return out.getvalue()


def test_import_article_publish_goes_live_pending(
    client, review_roles, doctor, other_due_page, tmp_path
):
    common = ["--parent", "/treatments/", "--evidence-level", "emerging"]
    common += ["--regulatory-status", "off_label", "--reviewer", str(doctor.pk)]
    import_sample(*common, "--publish")
    page = TreatmentPage.objects.get(slug=SLUG)
    assert not MedicalReview.objects.filter(page=page).exists()
    assert_pending(client, page)
    # A reviewed page imported again with --publish loses its label.
    approved(page)
    assert ReviewState.objects.get(page=page).reviewed
    path = tmp_path / "prp.md"
    path.write_text(SAMPLE.read_text().replace("## ", "## Changed: ", 1))
    out = StringIO()
    call_command(
        "import_article",
        str(path),
        *common,
        "--slug",
        SLUG,
        "--publish",
        stdout=out,
    )
    assert "medical review pending" in out.getvalue()
    assert_pending(client, page)


def test_import_article_submit_sends_the_draft_to_the_workflow(
    review_roles, doctor, editor
):
    import_sample(
        "--parent",
        "/treatments/",
        "--evidence-level",
        "emerging",
        "--regulatory-status",
        "off_label",
        "--reviewer",
        str(doctor.pk),
        "--user",
        editor.username,
        "--submit",
    )
    page = TreatmentPage.objects.get(slug=SLUG)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Medical review"
    assert state.requested_by == editor
    assert state.current_task_state.revision == page.get_latest_revision()
    assert not MedicalReview.objects.filter(page=page).exists()
    assert (page.last_reviewed, page.next_review_due) == (None, None)


# Rendering cost ---------------------------------------------------------------


def test_the_review_state_costs_one_query_per_render(
    rf, reviewed_page, django_assert_num_queries
):
    from publishing.review_state import review_claim

    page = TreatmentPage.objects.get(pk=reviewed_page.pk)
    with django_assert_num_queries(1):
        claim = review_claim(page, rf.get(page.url))
        assert claim.reviewer.name  # joined in the same query
    with django_assert_num_queries(0):  # the byline, notice and JSON-LD share it
        assert review_claim(page) is claim


def test_a_preview_is_reviewed_only_if_it_shows_the_approved_text(rf, reviewed_page):
    from publishing.review_state import review_claim

    request = rf.get(reviewed_page.url)
    request.is_preview = True
    unchanged = TreatmentPage.objects.get(pk=reviewed_page.pk)
    assert review_claim(unchanged, request).reviewed
    edited = TreatmentPage.objects.get(pk=reviewed_page.pk)
    edited.summary = CHANGED_SUMMARY
    assert not review_claim(edited, request).reviewed


def test_the_review_due_report_leads_with_pending_pages(
    admin_client, reviewed_page, other_due_page
):
    page = reviewed_page.get_latest_revision_as_object()
    page.summary = CHANGED_SUMMARY
    page.save_revision().publish()
    html = soup(admin_client.get(reverse("publishing_review_due")))
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html.select("table tbody tr")
    ]
    assert [row[:2] for row in rows] == [
        [reviewed_page.title, "Review pending"],
        [other_due_page.title, "Overdue"],
    ]
