"""Feedback's part in the site: the form after each article, the editors' report."""

from django.template.loader import render_to_string
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from treatments.fragments import remembered
from treatments.hooks import AFTER_BODY_HOOK

from .forms import FeedbackForm
from .reports import FeedbackReportView, can_view_feedback
from .tokens import page_token

FORM_TEMPLATE = "feedback/includes/feedback_form.html"


# After the inquiry box (0) and "When to get help" (50), before the
# disclaimer (100) that closes the article.
@hooks.register(AFTER_BODY_HOOK, order=90)
def feedback_form(context):
    page = context.get("page")
    if page is None or not page.pk:
        return ""
    token = page_token(page.pk)
    # The same HTML for every render of the page: the token is its only input.
    return remembered(
        (FORM_TEMPLATE, token),
        lambda: render_to_string(
            FORM_TEMPLATE,
            {"form": FeedbackForm(initial={"token": token}), "token": token},
        ),
    )


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/page-feedback/",
            FeedbackReportView.as_view(),
            name="feedback_report",
        ),
        path(
            "reports/page-feedback/results/",
            FeedbackReportView.as_view(results_only=True),
            name="feedback_report_results",
        ),
    ]


class FeedbackMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_feedback(request.user)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return FeedbackMenuItem(
        "Page feedback",
        reverse("feedback_report"),
        name="page-feedback",
        icon_name="help",
        order=1320,
    )
