"""Trustworthy publishing: medical review workflow, claims checks, review dates."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from treatments.review_dates import DEFAULT_REVIEW_INTERVAL_MONTHS

from .claims import parse_site_phrases


@register_setting(icon="doc-full-inverse")
class ReviewSettings(BaseSiteSetting):
    """How often articles are reviewed, and phrases the claims check flags."""

    review_interval_months = models.PositiveSmallIntegerField(
        default=DEFAULT_REVIEW_INTERVAL_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="When a medical reviewer approves an article, its next review "
        "is due this many months later.",
    )
    due_soon_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text="The review report and reminders list articles due within "
        "this many days, as well as overdue ones.",
    )
    extra_claim_phrases = models.TextField(
        blank=True,
        help_text="More phrases the claims check flags, one per line. Optionally "
        "add why after a bar, e.g. 'instant results | No treatment works at once.'",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("review_interval_months"), FieldPanel("due_soon_days")],
            heading="Medical review",
        ),
        FieldPanel("extra_claim_phrases"),
    ]

    class Meta:
        verbose_name = "review settings"

    @property
    def site_phrases(self):
        return parse_site_phrases(self.extra_claim_phrases)


class ClaimAcknowledgement(models.Model):
    """An editor's reason for keeping a flagged phrase, kept with the revision."""

    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.CASCADE,
        related_name="claim_acknowledgements",
    )
    key = models.CharField(
        max_length=32, help_text="The finding's id: rule, phrase and place."
    )
    rule = models.CharField(max_length=40)
    phrase = models.CharField(max_length=255)
    location = models.CharField(max_length=255)
    reason = models.TextField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["revision", "location", "phrase"]
        constraints = [
            models.UniqueConstraint(
                fields=["revision", "key"], name="one_acknowledgement_per_finding"
            )
        ]
        verbose_name = "claim acknowledgement"

    def __str__(self):
        return f"“{self.phrase}” in {self.location}"


class MedicalReview(models.Model):
    """One approval of a treatment article: which revision, and what it said.

    Written only by the approval code: the "Medical review" workflow's
    approval (publishing.workflow) or a superuser recording a review done
    outside the portal (publishing.outside_review). Never edited afterwards.
    """

    WORKFLOW = "workflow"
    OUTSIDE = "outside"
    KINDS = [(WORKFLOW, "Workflow approval"), (OUTSIDE, "Outside the portal")]

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="medical_reviews"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The revision approved; kept empty if revisions are purged.",
    )
    fingerprint = models.CharField(
        max_length=64, help_text="sha256 of what readers see (review_fingerprint)."
    )
    reviewer = models.ForeignKey(
        "treatments.Doctor",
        null=True,
        on_delete=models.SET_NULL,
        related_name="medical_reviews",
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField()
    reviewed_on = models.DateField()
    next_review_due = models.DateField()
    kind = models.CharField(max_length=10, choices=KINDS)
    reason = models.TextField(
        blank=True, help_text="Why a review outside the portal is recorded."
    )

    class Meta:
        ordering = ["-reviewed_at", "-pk"]
        get_latest_by = ["reviewed_at", "pk"]
        verbose_name = "medical review"

    def __str__(self):
        return f"Review of page {self.page_id} on {self.reviewed_on}"


class ReviewState(models.Model):
    """Whether a page's live content is the content last approved.

    Worked out when the page is published or approved (publishing.review_state)
    so that rendering a page reads this one row.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="review_state",
    )
    review = models.ForeignKey(
        MedicalReview,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The latest approval of the page, whatever it approved.",
    )
    reviewed = models.BooleanField(
        default=False, help_text="The live content is what `review` approved."
    )
    live_fingerprint = models.CharField(max_length=64)
    published_at = models.DateTimeField(
        null=True, help_text="When the live content went live."
    )

    class Meta:
        verbose_name = "review state"

    def __str__(self):
        return f"Page {self.page_id}: {'reviewed' if self.reviewed else 'pending'}"
