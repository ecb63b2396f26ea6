"""Admin for search: the Synonym snippets and the report of recent queries."""

from django.db.models import Case, F, IntegerField, Sum, Value, When
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = "Synonyms"
    menu_order = 300
    add_to_admin_menu = True
    search_fields = ["term", "equivalents"]
    ordering = ["term"]
    list_display = ["term", "equivalents", "updated_at"]


register_snippet(SynonymViewSet)


class RecentQueriesReportView(ReportView):
    """Recent searches with their hits and result counts, zero results first,
    so editors see which words need a synonym or an article."""

    page_title = "Recent searches"
    header_icon = "search"
    index_url_name = "search_recent_queries"
    index_results_url_name = "search_recent_queries_results"
    columns = [
        Column("query_string", label="Search"),
        NumberColumn("results", label="Results"),
        NumberColumn("total_hits", label="Hits"),
        DateColumn("last_searched_at", label="Last searched"),
    ]
    list_export = ["query_string", "results", "total_hits", "last_searched_at"]

    def get_queryset(self):
        return (
            Query.objects.filter(result_count__isnull=False)
            .annotate(
                results=F("result_count__results"),
                last_searched_at=F("result_count__last_searched_at"),
                total_hits=Sum("daily_hits__hits"),
                has_results=Case(
                    When(result_count__results=0, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                ),
            )
            .order_by("has_results", "-last_searched_at")
        )


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/recent-searches/",
            RecentQueriesReportView.as_view(),
            name="search_recent_queries",
        ),
        path(
            "reports/recent-searches/results/",
            RecentQueriesReportView.as_view(results_only=True),
            name="search_recent_queries_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(
        "Recent searches",
        reverse("search_recent_queries"),
        name="recent-searches",
        icon_name="search",
        order=1310,
    )
