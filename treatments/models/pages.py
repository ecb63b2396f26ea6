"""The treatment article page: what it is, the evidence, the risks, who reviewed it.

The listing above it is in index_page.py, its related links in related.py.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtailseo.models import SeoMixin, SeoType

from .. import appointment_sheet as sheet
from ..article import references
from ..article_facts import article_facts, body_digest
from ..blocks import TreatmentBodyBlock
from ..forms import TreatmentPageForm
from ..hooks import EDITOR_PANELS_HOOK, route_related
from ..panels import HookPanels
from ..related_cards import LINK_FIELDS, cards_both_ways
from ..review_dates import next_review_in_order
from ..validators import LINK_HELP, is_safe_link
from ..visibility import is_visible, visible_pages
from .choices import (
    REGULATORY_EXPLANATIONS,
    RELATION_HEADINGS,
    EvidenceLevel,
    PrescriptionStatus,
    RegulatoryStatus,
    RelationType,
    TreatmentKind,
    evidence_explanation,
    is_accepted_option,
)
from .seo import PortalSeoMixin
from .serving import ServedPageMixin


class TreatmentPage(RoutablePageMixin, ServedPageMixin, PortalSeoMixin, Page):
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
    treatment_kind = models.CharField(
        max_length=20,
        choices=TreatmentKind.choices,
        default=TreatmentKind.THERAPY,
        help_text="A medicine, a device, an operation or another therapy.",
    )
    prescription_status = models.CharField(
        max_length=20,
        choices=PrescriptionStatus.choices,
        blank=True,
        help_text="For an approved medicine: how it is sold in the U.S.",
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
    # Written by the medical review's approval (publishing/), never typed:
    # empty until the first approval.
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
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
                FieldRowPanel(
                    [FieldPanel("treatment_kind"), FieldPanel("prescription_status")]
                ),
                # Checkboxes: in a multi-select a plain click drops the others.
                FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Evidence and status",
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "medical_reviewer",
                    help_text="The doctor asked to review this article. The page "
                    "names a reviewer only once an approval has recorded one.",
                ),
                # Set by the medical review's approval, never typed (publishing/).
                FieldRowPanel(
                    [
                        FieldPanel("last_reviewed", read_only=True),
                        FieldPanel("next_review_due", read_only=True),
                    ]
                ),
            ],
            heading="Medical review",
        ),
        FieldPanel("body"),
        InlinePanel("related_treatments", heading="Related treatments", label="Link"),
        HookPanels(EDITOR_PANELS_HOOK),
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

    @classmethod
    def route_select_related(cls):
        """What routing loads with the page (treatments.routing): its reviewer
        and what other apps join through ROUTE_RELATED_HOOK."""
        return ("medical_reviewer", *route_related())

    seo_content_type = SeoType.ARTICLE
    seo_description_sources = ["search_description", "summary"]
    seo_image_sources = ["og_image", "hero_image"]

    class Meta:
        verbose_name = "treatment page"

    def clean(self):
        super().clean()
        if not next_review_in_order(self.last_reviewed, self.next_review_due):
            raise ValidationError(
                {"next_review_due": "The next review must fall after the last review."}
            )
        if self.prescription_status and self.treatment_kind != TreatmentKind.DRUG:
            raise ValidationError(
                {"prescription_status": "Only a medicine has a prescription status."}
            )
        # The block checks links typed in the editor; this catches bodies
        # written any other way (imports, scripts, the API) on save.
        if not all(is_safe_link(ref.get("url")) for ref in self.references()):
            raise ValidationError({"body": LINK_HELP})

    @property
    def evidence_explanation(self):
        return evidence_explanation(self.evidence_level, self.treatment_kind)

    @property
    def is_accepted_option(self):
        """Whether a call to action may name the treatment (see choices)."""
        return is_accepted_option(self.evidence_level, self.regulatory_status)

    @property
    def regulatory_explanation(self):
        return REGULATORY_EXPLANATIONS.get(self.regulatory_status, "")

    def references(self):
        """Every reference in the body, in order, for citations and JSON-LD."""
        return references(self.body)

    def links_both_ways(self, request=None):
        """(the editor's related links to pages `request` may see, in order;
        the articles it may see that list this one, by title), in one query,
        as plain cards (treatments.related_cards)."""
        rows = (
            self.related_treatments.model.objects.filter(
                Q(page=self, target__live=True) | Q(target=self, page__live=True)
            )
            .order_by("sort_order", "pk")
            .values(*LINK_FIELDS)
        )
        return cards_both_ways(rows, self.pk, request)

    def links_in_preview(self, request=None):
        """As `links_both_ways`, for a preview: the editor's unsaved links are
        in memory (modelcluster), not in the database."""
        links = [
            link
            for link in self.related_treatments.all()
            if is_visible(link.target, request)
        ]
        if not self.pk:
            return links, []
        linking = (
            visible_pages(TreatmentPage.objects.all(), request)
            .filter(related_treatments__target=self)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("title")
        )
        return links, list(linking)

    def get_cached_paths(self):
        """The article and its appointment sheet, for cache purges."""
        return ["/", self.reverse_subpage("appointment_sheet")]

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
        digest = body_digest(self.body.raw_data)
        facts = article_facts(self.body, digest)
        if getattr(request, "is_preview", False):
            links, linked_from = self.links_in_preview(request)
        else:
            links, linked_from = self.links_both_ways(request)
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
        # The parent is cached by route(): no query; the request keeps the
        # site root paths the URL needs.
        index_url = self.get_parent().get_url(request)
        for condition in conditions:
            condition.filter_url = condition.filter_url_under(index_url)
        context.update(
            # The body's reader_text and digest, for {% treatment_body %}.
            article=facts.article,
            body_digest=digest,
            toc=facts.toc,
            urgent_care_anchor=facts.urgent_care_anchor,
            reading_minutes=facts.reading_minutes,
            related_groups=[group for group in groups if group["links"]],
            linked_from=[page for page in linked_from if page.pk not in linked_ids],
            conditions=conditions,
        )
        return context
