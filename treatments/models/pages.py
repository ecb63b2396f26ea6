"""Treatment pages: the listing and the article itself."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtailseo.models import SeoMixin, SeoType

from .. import appointment_sheet as sheet
from ..article import reading_minutes, sections_with_anchors, table_of_contents
from ..blocks import TreatmentBodyBlock
from ..forms import TreatmentPageForm
from ..params import cleaned_query
from ..validators import LINK_HELP, is_safe_link
from .choices import (
    EVIDENCE_EXPLANATIONS,
    REGULATORY_EXPLANATIONS,
    RELATION_HEADINGS,
    EvidenceLevel,
    RegulatoryStatus,
    RelationType,
)
from .seo import PortalSeoMixin


class TreatmentIndexPage(PortalSeoMixin, Page):
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

    def treatments(self):
        return (
            TreatmentPage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .prefetch_related("conditions")
        )

    def condition_choices(self):
        """Conditions that have at least one live treatment here, with counts."""
        from .snippets import Condition

        live_ids = TreatmentPage.objects.child_of(self).live().public().values("pk")
        return (
            Condition.objects.filter(treatments__in=live_ids)
            .annotate(treatment_count=Count("treatments", distinct=True))
            .order_by("name")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        treatments = self.treatments()
        conditions = list(self.condition_choices())
        params = cleaned_query(request.GET, ("condition", "page"))
        selected = params.get("condition", "")
        selected_condition = next((c for c in conditions if c.slug == selected), None)
        if selected_condition:
            treatments = treatments.filter(conditions=selected_condition)
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
            page_obj=page_obj,
            treatments=page_obj.object_list,
        )
        return context


class TreatmentPage(RoutablePageMixin, PortalSeoMixin, Page):
    """A treatment article: what it is, the evidence, the risks, who reviewed it."""

    summary = models.TextField(
        max_length=400,
        help_text="Two or three plain sentences. Used in listings, search results "
        "and as the meta description.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    evidence_level = models.CharField(
        max_length=20,
        choices=EvidenceLevel.choices,
        help_text="How strong the evidence is. Explained to readers on the page.",
    )
    regulatory_status = models.CharField(
        max_length=20,
        choices=RegulatoryStatus.choices,
        help_text="The U.S. regulatory status for this use. Shown near the top.",
    )
    regulatory_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="One sentence of detail, e.g. 'Minoxidil 5% foam is approved for "
        "men; other strengths are used off-label.'",
    )
    conditions = ParentalManyToManyField(
        "treatments.Condition", blank=True, related_name="treatments"
    )
    medical_reviewer = models.ForeignKey(
        "treatments.Doctor",
        null=True,
        on_delete=models.PROTECT,
        related_name="reviewed_treatments",
        help_text="The doctor who checked this article for accuracy.",
    )
    last_reviewed = models.DateField(null=True)
    next_review_due = models.DateField(null=True)
    body = StreamField(TreatmentBodyBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("evidence_level"), FieldPanel("regulatory_status")]
                ),
                FieldPanel("regulatory_note"),
                FieldPanel("conditions"),
            ],
            heading="Evidence and status",
        ),
        MultiFieldPanel(
            [
                FieldPanel("medical_reviewer"),
                FieldRowPanel(
                    [FieldPanel("last_reviewed"), FieldPanel("next_review_due")]
                ),
            ],
            heading="Medical review",
        ),
        FieldPanel("body"),
        InlinePanel("related_treatments", heading="Related treatments", label="Link"),
    ]
    promote_panels = SeoMixin.seo_panels

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.RelatedFields(
            "conditions",
            [index.SearchField("name", boost=2), index.AutocompleteField("name")],
        ),
        index.FilterField("evidence_level"),
        index.FilterField("regulatory_status"),
    ]

    parent_page_types = ["treatments.TreatmentIndexPage"]
    subpage_types = []

    base_form_class = TreatmentPageForm

    seo_content_type = SeoType.ARTICLE
    seo_description_sources = ["search_description", "summary"]
    seo_image_sources = ["og_image", "hero_image"]

    class Meta:
        verbose_name = "treatment page"

    def clean(self):
        super().clean()
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": "The next review must fall after the last review."}
            )
        # The block checks links typed in the editor; this catches bodies
        # written any other way (imports, scripts, the API) on save.
        if not all(is_safe_link(ref.get("url")) for ref in self.references()):
            raise ValidationError({"body": LINK_HELP})

    @property
    def evidence_explanation(self):
        return EVIDENCE_EXPLANATIONS.get(self.evidence_level, "")

    @property
    def regulatory_explanation(self):
        return REGULATORY_EXPLANATIONS.get(self.regulatory_status, "")

    def references(self):
        """Every reference in the body, in order, for citations and JSON-LD."""
        return [
            reference
            for block in self.body
            if block.block_type == "references"
            for reference in block.value["references"]
        ]

    def related_links(self):
        """The editor's related links, targets loaded in one query."""
        return self.related_treatments.select_related("target").filter(
            target__live=True
        )

    def linked_from(self):
        """Live articles that list this one among their related treatments."""
        return (
            TreatmentPage.objects.live()
            .public()
            .filter(related_treatments__target=self)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("title")
        )

    @path("appointment-sheet/", name="appointment_sheet")
    def appointment_sheet(self, request):
        """A one-page, print-friendly summary to take to a doctor."""
        return self.render(
            request,
            template="treatments/treatment_page_appointment_sheet.html",
            context_overrides={
                "key_facts": sheet.key_facts(self.body),
                "risks": sheet.risk_sections(self.body),
                "questions": sheet.DOCTOR_QUESTIONS,
            },
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body_blocks = sections_with_anchors(self.body)
        links = list(self.related_links())
        groups = [
            {
                "type": relation,
                "heading": RELATION_HEADINGS[relation],
                "links": [link for link in links if link.relation_type == relation],
            }
            for relation in RelationType
        ]
        linked_ids = {link.target_id for link in links}
        conditions = list(self.conditions.all())
        index_url = self.get_parent().url  # cached by route(): no query
        for condition in conditions:
            condition.filter_url = condition.filter_url_under(index_url)
        context.update(
            body_blocks=body_blocks,
            toc=table_of_contents(body_blocks),
            reading_minutes=reading_minutes(self.body),
            related_groups=[group for group in groups if group["links"]],
            linked_from=[
                page for page in self.linked_from() if page.pk not in linked_ids
            ],
            conditions=conditions,
        )
        return context


class RelatedTreatment(Orderable):
    """An editor's link from one treatment to another, with how they relate."""

    page = ParentalKey(
        TreatmentPage, on_delete=models.CASCADE, related_name="related_treatments"
    )
    target = models.ForeignKey(
        TreatmentPage,
        on_delete=models.CASCADE,
        related_name="linked_from_set",
        verbose_name="treatment",
    )
    relation_type = models.CharField(
        max_length=20, choices=RelationType.choices, default=RelationType.SEE_ALSO
    )
    note = models.CharField(
        max_length=200, blank=True, help_text="Optional: why readers should look at it."
    )

    panels = [
        PageChooserPanel("target", "treatments.TreatmentPage"),
        FieldPanel("relation_type"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "related treatment"

    def clean(self):
        if self.page_id and self.target_id == self.page_id:
            raise ValidationError(
                {"target": "A treatment cannot be related to itself."}
            )
