"""Admin wiring: submissions for managers (a doctor: their own), audited; routing."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from treatments.hooks import AFTER_BODY_HOOK, NOTICES_HOOK

from . import audit
from .admin_views import InquirySubmissionViewSet, delete_on_request
from .models import InquiryFormPage, InquiryRoute
from .treatment_pages import call_to_action, call_to_action_near_top


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return InquirySubmissionViewSet()


hooks.register(AFTER_BODY_HOOK, call_to_action)
# After the review notices (order 0): status first, then what to do.
hooks.register(NOTICES_HOOK, call_to_action_near_top, order=50)


@hooks.register("register_log_actions")
def register_inquiry_log_actions(actions):
    audit.register_actions(actions)


@hooks.register("filter_form_submissions_for_user")
def inquiries_are_listed_in_their_own_menu(user, editable_forms):
    # Wagtail lets anyone who can edit a form page read its submissions.
    # Inquiries are health data, listed (and audited) only in the Inquiries
    # menu, which managers alone may open.
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


class InquiryRouteViewSet(SnippetViewSet):
    model = InquiryRoute
    icon = "resubmit"
    menu_label = "Inquiry routing"
    list_display = ["__str__", "email", "note"]
    ordering = ["email"]


register_snippet(InquiryRouteViewSet)
