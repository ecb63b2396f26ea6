"""The site root, the policy pages and the settings the whole site shares."""

import datetime

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtailseo.models import SeoMixin

from treatments.models import Condition, TreatmentIndexPage, TreatmentPage
from treatments.models.choices import established_first
from treatments.models.seo import PortalSeoMixin
from treatments.models.serving import ServedPageMixin
from treatments.routing import route_below
from treatments.visibility import visible_pages

from .blocks import PolicyBodyBlock

DEFAULT_DISCLAIMER = (
    "This site gives general information about treatments. It does not diagnose "
    "or treat any condition and is not a substitute for advice from a doctor who "
    "knows your history. If you have symptoms that worry you, see a doctor."
)


class HomePage(ServedPageMixin, PortalSeoMixin, Page):
    """The front door: what the site is, featured treatments, conditions."""

    hero_heading = models.CharField(
        max_length=120, default="Treatments explained honestly"
    )
    hero_text = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences under the heading.",
    )
    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])
    call_to_action_text = models.CharField(
        max_length=200,
        blank=True,
        default="Not sure which treatment is right for you? Ask one of our doctors.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text")], heading="Hero"
        ),
        FieldPanel("introduction"),
        InlinePanel(
            "featured_treatments", heading="Featured treatments", label="Treatment"
        ),
        FieldPanel("call_to_action_text"),
    ]
    promote_panels = SeoMixin.seo_panels

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "treatments.TreatmentIndexPage",
        "treatments.ConditionIndexPage",
        "treatments.DoctorIndexPage",
        "inquiries.InquiryFormPage",
        "home.PolicyPage",
    ]
    max_count = 1

    seo_description_sources = ["search_description", "hero_text"]

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        # Every page below in two queries, whatever its depth.
        return route_below(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Ids rather than pages: a preview's links are in memory (modelcluster).
        # Established, approved treatments lead; the editors' order among equals.
        shown = visible_pages(TreatmentPage.objects.all(), request)
        featured = established_first(
            link.treatment
            for link in self.featured_treatments.filter(
                treatment__id__in=shown.values_list("pk", flat=True)
            ).select_related("treatment")
        )
        treatment_index = visible_pages(
            TreatmentIndexPage.objects.child_of(self), request
        ).first()
        # Every condition has a page of its own (linked by the template), so
        # those without a treatment yet are listed too.
        conditions = list(Condition.objects.order_by("name"))
        context.update(
            featured=featured,
            conditions=conditions,
            treatment_index=treatment_index,
        )
        return context


class HomeFeaturedTreatment(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_treatments"
    )
    treatment = models.ForeignKey(
        TreatmentPage, on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("treatment", "treatments.TreatmentPage")]

    class Meta(Orderable.Meta):
        verbose_name = "featured treatment"


class PolicyPage(PortalSeoMixin, Page):
    """A page about how the site works: the editorial policy, the accessibility
    statement, the privacy notice. Every live one is linked from the footer."""

    summary = models.TextField(
        max_length=300,
        help_text="One or two sentences: shown under the title and as the "
        "meta description.",
    )
    last_updated = models.DateField(
        default=datetime.date.today,
        help_text="The date the policy last changed in substance.",
    )
    body = StreamField(PolicyBodyBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("last_updated"),
        FieldPanel("body"),
    ]
    promote_panels = SeoMixin.seo_panels

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    seo_description_sources = ["search_description", "summary"]

    class Meta:
        verbose_name = "policy page"


EMERGENCY_HELP = (
    "The emergency number your visitors should call. Empty: pages say "
    "“call your local emergency number”."
)
URGENT_HELP = (
    "The number of the urgent advice service (out-of-hours doctor, nurse line) "
    "for your visitors' area."
)


@register_setting(icon="cog")
class PortalSettings(BaseSiteSetting):
    """What every page shows: the disclaimer, the contact details, and the
    numbers of the "When to get help" tiers. A tier without a number says
    what to do in words only."""

    disclaimer = models.TextField(default=DEFAULT_DISCLAIMER)
    contact_email = models.EmailField(default="hello@example.org")
    contact_phone = models.CharField(max_length=40, blank=True)
    emergency_number = models.CharField(
        max_length=30, blank=True, help_text=EMERGENCY_HELP
    )
    urgent_advice_name = models.CharField(
        max_length=80,
        blank=True,
        help_text="What the urgent advice service is called, e.g. its official name.",
    )
    urgent_advice_number = models.CharField(
        max_length=30, blank=True, help_text=URGENT_HELP
    )

    panels = [
        FieldPanel("disclaimer"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading="Contact",
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("urgent_advice_name"),
                FieldPanel("urgent_advice_number"),
            ],
            heading="When to get help",
        ),
    ]

    class Meta:
        verbose_name = "portal settings"
