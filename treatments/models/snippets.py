"""Snippets shared by many articles: conditions and doctors.

Each has a page of its own, served by a routable page (condition_index.py,
doctor_index.py) from the snippet itself: editors keep one record per
condition or doctor, and its address follows its slug.
"""

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

READER_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def split_names(text):
    return [item.strip() for item in text.split(",") if item.strip()]


class Condition(index.Indexed, ClusterableModel):
    """A health condition that treatments address, e.g. androgenetic alopecia."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The condition page's address (/conditions/<slug>/) and the "
        "treatment filter (/treatments/?condition=<slug>).",
    )
    description = models.TextField(
        blank=True, help_text="One or two plain sentences for readers."
    )
    lay_names = models.CharField(
        max_length=250,
        blank=True,
        help_text="The everyday names readers use, comma-separated, e.g. "
        "'hair loss, balding'. Listed in the A-Z and on the condition page.",
    )
    overview = RichTextField(
        blank=True,
        features=READER_TEXT_FEATURES,
        help_text="What the condition is, in plain language, for its page.",
    )
    when_to_get_help = RichTextField(
        blank=True,
        features=READER_TEXT_FEATURES,
        help_text="When to see a doctor or get urgent help. Leave empty for the "
        "site's general advice.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("lay_names"),
        MultiFieldPanel(
            [FieldPanel("overview"), FieldPanel("when_to_get_help")],
            heading="Condition page",
        ),
        InlinePanel(
            "support_organisations",
            heading="Support organisations",
            label="Organisation",
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("lay_names", boost=2),
        index.AutocompleteField("lay_names"),
        index.SearchField("description"),
        index.SearchField("overview"),
        index.FilterField("slug"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "condition"

    def __str__(self):
        return self.name

    @property
    def lay_name_list(self):
        return split_names(self.lay_names)

    def filter_url_under(self, index_url):
        return f"{index_url}?condition={self.slug}"

    def get_filter_url(self):
        """The treatment listing filtered to this condition.

        A condition does not know which listing shows it: the page that lists
        conditions knows its treatment index and sets `filter_url` from it
        (once per condition, no query), as TreatmentPage.get_context does.
        """
        return self.__dict__.get("filter_url", "")


class SupportOrganisation(Orderable):
    """An organisation that supports people with a condition, chosen by editors."""

    condition = ParentalKey(
        Condition, on_delete=models.CASCADE, related_name="support_organisations"
    )
    name = models.CharField(max_length=150)
    url = models.URLField(help_text="The organisation's own page, checked by hand.")
    description = models.CharField(
        max_length=250, blank=True, help_text="What it offers, in one sentence."
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = "support organisation"

    def __str__(self):
        return self.name


class Doctor(index.Indexed, models.Model):
    """A clinician who reviews articles and answers inquiries."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="The profile's address, /doctors/<slug>/. Made from the name "
        "when left empty; keep it once published, links use it.",
    )
    credentials = models.CharField(
        max_length=120, help_text="Degrees and board certification, e.g. 'MD, FAAD'."
    )
    role = models.CharField(
        max_length=150,
        blank=True,
        help_text="What they do for the network, e.g. 'Consultant dermatologist, "
        "medical reviewer'.",
    )
    specialties = models.CharField(
        max_length=250,
        blank=True,
        help_text="Comma-separated, e.g. 'Dermatology, Hair disorders'.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    short_bio = models.TextField(blank=True, max_length=600)
    declared_interests = models.TextField(
        blank=True,
        help_text="Financial or professional interests, as the doctor declared "
        "them, e.g. payments from manufacturers. Write 'None declared' only when "
        "they have said so.",
    )
    is_sample = models.BooleanField(
        default=False,
        help_text="A fictional profile for demonstration. Readers are told so.",
    )
    email = models.EmailField(
        blank=True, help_text="Where inquiries for this doctor are sent. Never shown."
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="doctor",
        help_text="The admin account of this doctor, if they review articles.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("credentials"),
        FieldPanel("role"),
        FieldPanel("specialties"),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
        FieldPanel("declared_interests"),
        FieldPanel("is_sample"),
        FieldPanel("email"),
        FieldPanel("user"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("specialties"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "doctor"

    def __str__(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_doctor_slug(self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    @property
    def specialty_list(self):
        return split_names(self.specialties)


def unique_doctor_slug(name, exclude_pk=None):
    """'Dr Alex Rivera (sample)' -> 'dr-alex-rivera-sample', '-2' etc. if taken."""
    base = slugify(name)[:110] or "doctor"
    taken = set(
        Doctor.objects.exclude(pk=exclude_pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug
