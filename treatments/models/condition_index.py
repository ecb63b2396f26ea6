"""The conditions section: /conditions/ lists every condition, and
/conditions/<slug>/ is the page of one Condition snippet."""

from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import path

from ..condition_groups import group_by_evidence_and_status
from ..visibility import visible_pages
from .pages import TreatmentPage
from .snippet_routes import SnippetSectionPage
from .snippets import Condition


class ConditionIndexPage(SnippetSectionPage):
    """Every condition A-Z, and a page per condition with its treatments."""

    subpage_route = "condition"

    class Meta:
        verbose_name = "condition index page"

    def subpage_slugs(self):
        return Condition.objects.values_list("slug", flat=True)

    @path("")
    def index_route(self, request, *args, **kwargs):
        conditions = list(Condition.objects.order_by("name"))
        return self.render(request, context_overrides={"conditions": conditions})

    @path("<slug:slug>/", name="condition")
    def condition_page(self, request, slug):
        condition = get_object_or_404(
            Condition.objects.prefetch_related("support_organisations"), slug=slug
        )
        treatments = list(self.treatments_for(condition, request))
        self.present_as(request, condition.name, condition.description, slug)
        return self.render(
            request,
            template="treatments/condition_page.html",
            context_overrides={
                "condition": condition,
                "treatment_count": len(treatments),
                "treatment_groups": group_by_evidence_and_status(treatments),
            },
        )

    def condition_url(self, condition, request=None):
        """The page of `condition`, for views (templates use routablepageurl)."""
        return self.get_url(request) + self.subpage_path(condition.slug)

    def treatments_for(self, condition, request=None):
        """Treatments for `condition` in this page's site that `request` may
        see.

        This page lives under the site's home page, so the home page's tree
        path (a prefix of this page's own) bounds the site: no query for it.
        """
        home_path = self.path[: -self.steplen]
        return (
            visible_pages(TreatmentPage.objects.all(), request)
            .filter(path__startswith=home_path, conditions=condition)
            .order_by("title")
        )
