"""Admin views of review dates: the "Review due" report and dashboard panel."""

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from treatments.sites import site_for_request, site_setting

from .models import ReviewSettings
from .review import (
    NOT_SCHEDULED,
    OVERDUE,
    PENDING,
    REPORT_ORDER,
    STATUS_LABELS,
    due_for_review,
    review_status,
)


def due_soon_days(request):
    return site_setting(ReviewSettings, site_for_request(request)).due_soon_days


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class ReviewDueReportView(ReportView):
    """Live treatment articles whose review is pending (first), overdue or due
    within the window."""

    page_title = "Medical review due"
    header_icon = "time"
    index_url_name = "publishing_review_due"
    index_results_url_name = "publishing_review_due_results"
    default_ordering = REPORT_ORDER
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn("title", label="Article", get_url=edit_url, sort_key="title"),
        Column("review_status_label", label="Status"),
        Column("medical_reviewer", label="Reviewer", sort_key="medical_reviewer__name"),
        DateColumn("last_reviewed", label="Last reviewed", sort_key="last_reviewed"),
        DateColumn(
            "next_review_due", label="Next review due", sort_key="next_review_due"
        ),
    ]
    list_export = [
        "title",
        "review_status_label",
        "medical_reviewer",
        "next_review_due",
    ]
    export_headings = {"review_status_label": "Status", "medical_reviewer": "Reviewer"}

    @cached_property
    def window_days(self):
        return due_soon_days(self.request)

    def get_filename(self):
        return f"review-due-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self):
        return due_for_review(timezone.localdate(), self.window_days)

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for page in object_list:
            status = review_status(
                page.next_review_due, today, self.window_days, page.review_pending
            )
            page.review_status_label = STATUS_LABELS[status]
        return object_list


class ReviewDuePanel(Component):
    """Dashboard count of articles needing review, linking to the report."""

    name = "review_due"
    order = 110
    template_name = "publishing/review_due_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        window = due_soon_days(self.request)
        pages = list(due_for_review(today, window))
        overdue = sum(
            1
            for page in pages
            if review_status(page.next_review_due, today, window, page.review_pending)
            in (PENDING, OVERDUE, NOT_SCHEDULED)
        )
        return {
            "count": len(pages),
            "overdue": overdue,
            "window": window,
            "report_url": reverse("publishing_review_due"),
        }
