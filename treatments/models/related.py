"""An editor's ordered links from one treatment article to others."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from ..related_links import SELF_LINK, links_to_itself
from .choices import RelationType
from .pages import TreatmentPage


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
        if links_to_itself(self.page_id, self.target_id):
            raise ValidationError({"target": SELF_LINK})
