"""Snippets shared by many articles: conditions and doctors."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Condition(index.Indexed, models.Model):
    """A health condition that treatments address, e.g. androgenetic alopecia."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="Used in links that filter treatments, e.g. /treatments/?condition=…",
    )
    description = models.TextField(
        blank=True, help_text="One or two plain sentences for readers."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("slug"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "condition"

    def __str__(self):
        return self.name

    def filter_url_under(self, index_url):
        return f"{index_url}?condition={self.slug}"

    def get_filter_url(self):
        """The treatment listing filtered to this condition.

        A condition does not know which listing shows it: the page that lists
        conditions knows its treatment index and sets `filter_url` from it
        (once per condition, no query), as TreatmentPage.get_context does.
        """
        return self.__dict__.get("filter_url", "")


class Doctor(index.Indexed, models.Model):
    """A clinician who reviews articles and answers inquiries."""

    name = models.CharField(max_length=120)
    credentials = models.CharField(
        max_length=120, help_text="Degrees and board certification, e.g. 'MD, FAAD'."
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
        FieldPanel("credentials"),
        FieldPanel("specialties"),
        FieldPanel("photo"),
        FieldPanel("short_bio"),
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

    @property
    def specialty_list(self):
        return [item.strip() for item in self.specialties.split(",") if item.strip()]

    def get_admin_url(self):
        return reverse("wagtailsnippets_treatments_doctor:edit", args=[self.pk])
