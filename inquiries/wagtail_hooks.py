"""Admin wiring: submissions for inquiry managers only, audited; routing rules."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import audit
from .admin_views import InquirySubmissionViewSet, delete_on_request
from .models import InquiryFormPage, InquiryRoute
from .permissions import can_delete_inquiries, can_view_inquiries


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return InquirySubmissionViewSet()


@hooks.register("register_log_actions")
def register_inquiry_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("filter_form_submissions_for_user")
def only_inquiry_managers_see_inquiries(user, editable_forms):
    # Wagtail lets anyone who can edit a form page read its submissions.
    # Inquiries are health data: managers see them, other editors do not.
    if can_view_inquiries(user):
        return editable_forms | Page.objects.type(InquiryFormPage)
    return editable_forms.not_type(InquiryFormPage)


@hooks.register("register_admin_urls")
def register_delete_on_request_url():
    return [
        path(
            "inquiries/delete-on-request/",
            delete_on_request,
            name="inquiries_delete_on_request",
        )
    ]


class DeleteOnRequestMenuItem(MenuItem):
    def is_shown(self, request):
        return can_delete_inquiries(request.user)


@hooks.register("register_admin_menu_item")
def register_delete_on_request_menu_item():
    return DeleteOnRequestMenuItem(
        "Delete visitor data",
        reverse("inquiries_delete_on_request"),
        icon_name="bin",
        order=251,
    )


class InquiryRouteViewSet(SnippetViewSet):
    model = InquiryRoute
    icon = "resubmit"
    menu_label = "Inquiry routing"
    list_display = ["__str__", "email", "note"]
    ordering = ["email"]


register_snippet(InquiryRouteViewSet)
