"""A review done outside the portal, recorded by a superuser with a reason.

Some reviews happen on paper or in a meeting. Only a superuser may record one,
for the page's live text, with a reason of its own; the record goes through
the same `workflow.record_review` as a workflow approval, and into Wagtail's
audit log ("Medical review recorded outside the portal").
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter, log

from treatments.models import Doctor, TreatmentPage

from .models import MedicalReview
from .workflow import record_review

LOG_ACTION = "publishing.outside_review"
LOG_LABEL = "Medical review recorded outside the portal"
MIN_REASON_LENGTH = 20


class OutsideReviewForm(forms.Form):
    reviewer = forms.ModelChoiceField(
        queryset=Doctor.objects.order_by("name"),
        help_text="The doctor who reviewed the live text.",
    )
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=MIN_REASON_LENGTH,
        help_text="Why the review was not done in the Medical review workflow, "
        "and where its record is kept (kept in the audit log).",
    )


def can_record(user):
    return user.is_active and user.is_superuser


def record_outside_review_view(request, page_id):
    if not can_record(request.user):
        # A plain 403: Wagtail would turn PermissionDenied into a redirect home.
        return HttpResponseForbidden(
            "Only a superuser can record a review done outside the portal."
        )
    page = get_object_or_404(TreatmentPage, pk=page_id)
    if not page.live or page.live_revision is None:
        messages.error(
            request, "Only the live text of a published page can be reviewed."
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = OutsideReviewForm(request.POST or None, initial=initial_for(page))
    if request.method == "POST" and form.is_valid():
        record_outside_review(page, request.user, **form.cleaned_data)
        messages.success(request, f"Review of “{page.title}” recorded.")
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request, "publishing/outside_review.html", {"page": page, "form": form}
    )


def initial_for(page):
    return {"reviewer": page.medical_reviewer_id}


def record_outside_review(page, user, reviewer, reason):
    review = record_review(
        page.live_revision, user, MedicalReview.OUTSIDE, reason, reviewer
    )
    log(
        instance=page,
        action=LOG_ACTION,
        user=user,
        revision=page.live_revision,
        data={
            "reviewer": reviewer.name,
            "reason": reason,
            "review_id": review.pk,
            "fingerprint": review.fingerprint,
        },
    )
    return review


class OutsideReviewFormatter(LogFormatter):
    label = LOG_LABEL

    def format_message(self, log_entry):
        return f"Medical review by {log_entry.data.get('reviewer', '')} recorded"

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


def register_log_action(actions):
    actions.register_action(LOG_ACTION)(OutsideReviewFormatter)


def record_button(page, user, priority=90):
    """The "Record an outside review" button for a superuser, on a live article."""
    if not (can_record(user) and page.live and page.specific_class is TreatmentPage):
        return []
    url = reverse("publishing_outside_review", args=[page.pk])
    return [
        Button("Record an outside review", url, icon_name="tick", priority=priority)
    ]
