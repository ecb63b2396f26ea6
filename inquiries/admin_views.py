"""Admin views over submissions: each one audited, each one for managers only."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from . import audit
from .listing import AGE_COLUMN, ReplyPromiseListingMixin
from .models import InquirySubmission
from .permissions import can_delete_inquiries, can_open_submission
from .spreadsheets import SafeSpreadsheetMixin


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    """Submissions come only from visitors: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class SubmissionIndexView(ReplyPromiseListingMixin, SafeSpreadsheetMixin, IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        audit.record(audit.EXPORT, queryset, self.request.user)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if can_delete_inquiries(self.request.user):
            buttons.append(
                HeaderButton(
                    "Delete a visitor's data",
                    url=reverse("inquiries_delete_on_request"),
                    icon_name="bin",
                )
            )
        return buttons


class SubmissionInspectView(InspectView):
    template_name = "inquiries/admin/submission_inspect.html"

    def user_has_any_permission(self, permissions):
        # Per inquiry: managers open any, a doctor only those sent to them.
        return can_open_submission(self.request.user, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["answers"] = self.object.answers()
        audit.record(audit.VIEW, [self.object], self.request.user)
        return context


class InquirySubmissionViewSet(ModelViewSet):
    model = InquirySubmission
    name = "inquiries_submission"
    url_prefix = "inquiries"
    icon = "form"
    menu_label = "Inquiries"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "reference",
        "status",
        "submit_time",
        "treatment",
        "doctor",
        "page",
    ]
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    list_display = ["reference", "treatment", "doctor", "status", AGE_COLUMN]
    list_filter = ["status"]
    form_fields = ["status"]
    list_export = ["reference", "status", "submit_time", "email", "answers_text"]
    export_headings = {"answers_text": "Answers", "submit_time": "Received"}
    export_filename = "inquiries"

    @property
    def permission_policy(self):
        return SubmissionPermissionPolicy(self.model)


class VisitorEmailForm(forms.Form):
    email = forms.EmailField(
        max_length=254,
        label="The visitor's email address",
        help_text="Every inquiry sent from this address is deleted, with its "
        "emails. This cannot be undone.",
    )


def delete_on_request(request):
    """Delete one visitor's inquiries (a data-protection request), audited."""
    if not can_delete_inquiries(request.user):
        raise PermissionDenied
    form = VisitorEmailForm(request.POST or None)
    matches = None
    if request.method == "POST" and form.is_valid():
        matches = InquirySubmission.objects.filter(
            email__iexact=form.cleaned_data["email"]
        )
        if request.POST.get("confirm") == form.cleaned_data["email"]:
            count = 0
            for submission in matches:
                # One at a time: each deletion gets its own audit entry.
                submission.delete()
                count += 1
            messages.success(request, f"Deleted {count} inquiry submission(s).")
            return redirect("inquiries_submission:index")
    return TemplateResponse(
        request,
        "inquiries/admin/delete_on_request.html",
        {"form": form, "matches": matches},
    )
