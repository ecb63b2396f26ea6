"""The treatment listing: every treatment below it, filterable by condition."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.http import Http404
from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtailseo.models import SeoMixin

from ..params import cleaned_query
from ..visibility import visible_pages
from .pages import TreatmentPage
from .seo import PortalSeoMixin
from .serving import ServedPageMixin
from .snippets import Condition


class TreatmentIndexPage(ServedPageMixin, PortalSeoMixin, Page):
    """Lists the treatments below it, filterable by condition."""

    PER_PAGE = 12

    introduction = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    promote_panels = SeoMixin.seo_panels

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["treatments.TreatmentPage"]

    seo_description_sources = ["search_description", "introduction_text"]

    class Meta:
        verbose_name = "treatment index page"

    @property
    def introduction_text(self):
        return strip_tags(self.introduction)

    def route(self, request, path_components):
        # Children are always treatment pages (see subpage_types), so fetch
        # the specific page with its reviewer in one query instead of three.
        if not path_components:
            return super().route(request, path_components)
        slug, *remaining = path_components
        try:
            child = (
                TreatmentPage.objects.child_of(self)
                .select_related("medical_reviewer")
                .get(slug=slug)
            )
        except TreatmentPage.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, remaining)

    def visible_treatments(self, request=None):
        return visible_pages(TreatmentPage.objects.child_of(self), request)

    def treatments(self, request=None):
        return (
            self.visible_treatments(request)
            .order_by("title")
            .prefetch_related("conditions")
        )

    def condition_choices(self, request=None):
        """Conditions that have at least one treatment here that `request` may
        see, with their counts."""
        shown_ids = self.visible_treatments(request).values("pk")
        return (
            Condition.objects.filter(treatments__in=shown_ids)
            .annotate(treatment_count=Count("treatments", distinct=True))
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        treatments = self.treatments(request)
        conditions = list(self.condition_choices(request))
        params = cleaned_query(request.GET, ("condition", "page"))
        selected = params.get("condition", "")
        selected_condition = next((c for c in conditions if c.slug == selected), None)
        if selected_condition:
            treatments = treatments.filter(conditions=selected_condition)
        elif selected:
            # A condition with no live treatment here (or no such condition)
            # lists none, and the template says so: never all of them.
            treatments = treatments.none()
            selected_condition = Condition.objects.filter(slug=selected).first()
        paginator = Paginator(treatments, self.PER_PAGE)
        try:
            page_obj = paginator.page(params.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        context.update(
            conditions=conditions,
            selected_condition=selected_condition,
            unknown_condition=bool(selected) and selected_condition is None,
            page_obj=page_obj,
            treatments=page_obj.object_list,
        )
        return context
