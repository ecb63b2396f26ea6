"""The editors' report: answers per page, with the latest comments."""

from django.db.models import Count, Max, Q
from django.urls import reverse
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from .models import PageFeedback

RECENT_COMMENTS = 3
permission_policy = ModelPermissionPolicy(PageFeedback)


def can_view_feedback(user):
    return permission_policy.user_has_permission(user, "view")


def pages_with_feedback():
    return (
        Page.objects.annotate(
            answers=Count("feedback"),
            yes_count=Count("feedback", filter=Q(feedback__helpful=True)),
            no_count=Count("feedback", filter=Q(feedback__helpful=False)),
            last_answer_at=Max("feedback__created_at"),
        )
        .filter(answers__gt=0)
        .order_by("-last_answer_at", "pk")
    )


def recent_comments(page_ids, per_page=RECENT_COMMENTS):
    """{page id: [the latest comments, newest first]}, in one query."""
    found = {page_id: [] for page_id in page_ids}
    rows = (
        PageFeedback.objects.filter(page_id__in=page_ids)
        .exclude(comment="")
        .order_by("-created_at", "-pk")
        .values_list("page_id", "helpful", "comment", "created_at")
    )
    for page_id, helpful, comment, created_at in rows:
        if len(found[page_id]) < per_page:
            found[page_id].append(
                {"helpful": helpful, "comment": comment, "created_at": created_at}
            )
    return found


class CommentsColumn(Column):
    cell_template_name = "feedback/admin/comments_cell.html"


def page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


class FeedbackReportView(ReportView):
    """Per page: how many found it helpful, how many did not, what they said."""

    page_title = "Page feedback"
    header_icon = "help"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    permission_policy = permission_policy
    permission_required = "view"
    columns = [
        TitleColumn("title", label="Page", get_url=page_url),
        NumberColumn("yes_count", label="Helpful"),
        NumberColumn("no_count", label="Not helpful"),
        DateColumn("last_answer_at", label="Last answer"),
        CommentsColumn("comments", label="Recent comments"),
    ]
    list_export = ["title", "yes_count", "no_count", "last_answer_at"]
    export_headings = {"yes_count": "Helpful", "no_count": "Not helpful"}

    def get_queryset(self):
        return pages_with_feedback()

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        comments = recent_comments([page.pk for page in pages])
        for page in pages:
            page.comments = comments[page.pk]
        return pages
