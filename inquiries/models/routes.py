"""Routing rules: where inquiries about a treatment or condition are sent."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, PageChooserPanel


class InquiryRoute(models.Model):
    """Send inquiries about one treatment, or one condition, to this address."""

    treatment = models.OneToOneField(
        "treatments.TreatmentPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    condition = models.OneToOneField(
        "treatments.Condition",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    email = models.EmailField(help_text="Inquiries that match go to this address.")
    note = models.CharField(
        max_length=200, blank=True, help_text="For editors: who reads this address."
    )

    panels = [
        PageChooserPanel("treatment", "treatments.TreatmentPage"),
        FieldPanel("condition"),
        FieldPanel("email"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = "inquiry routing rule"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(treatment__isnull=False, condition__isnull=True)
                | models.Q(treatment__isnull=True, condition__isnull=False),
                name="inquiry_route_treatment_xor_condition",
            )
        ]

    def __str__(self):
        target = self.treatment or self.condition
        return f"{target} → {self.email}"

    def clean(self):
        super().clean()
        if bool(self.treatment_id) == bool(self.condition_id):
            raise ValidationError("Choose either a treatment or a condition, not both.")
