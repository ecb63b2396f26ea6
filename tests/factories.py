"""Factories for pages and snippets (wagtail-factories / factory_boy)."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page, Site

from home.models import HomePage
from treatments.models import (
    Condition,
    ConditionIndexPage,
    Doctor,
    DoctorIndexPage,
    TreatmentIndexPage,
    TreatmentPage,
)


def reference(**overrides):
    value = {
        "authors": "Adil A, Godwin M",
        "title": "The effectiveness of treatments for androgenetic alopecia",
        "publisher": "J Am Acad Dermatol",
        "year": 2017,
        "doi": "",
        "pmid": "28396101",
        "url": "",
    }
    value.update(overrides)
    return value


def section(heading, text="<p>Plain text for readers.</p>"):
    return ("section", {"heading": heading, "content": text})


def references_block(*references):
    return (
        "references",
        {"heading": "References", "references": list(references) or [reference()]},
    )


def default_body():
    return [
        section("What it is"),
        section("What the evidence shows"),
        references_block(),
    ]


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Condition
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Condition {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    description = "A condition used in tests."


class DoctorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doctor

    name = factory.Sequence(lambda n: f"Dr Test {n} (sample)")
    credentials = "MD"
    specialties = "Dermatology"
    email = factory.Sequence(lambda n: f"doctor{n}@example.org")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    hero_heading = "Treatments explained"


class TreatmentIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TreatmentIndexPage

    title = "Treatments"
    slug = "treatments"


class ConditionIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ConditionIndexPage

    title = "Conditions"
    slug = "conditions"


class DoctorIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DoctorIndexPage

    title = "Our doctors"
    slug = "doctors"


class TreatmentPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TreatmentPage

    title = factory.Sequence(lambda n: f"Treatment {n}")
    summary = "A short summary of the treatment for listings."
    evidence_level = "emerging"
    regulatory_status = "off_label"
    medical_reviewer = factory.SubFactory(DoctorFactory)
    last_reviewed = datetime.date(2026, 6, 1)
    next_review_due = datetime.date(2027, 6, 1)
    body = factory.LazyFunction(default_body)


def fresh_home_page(**site_fields):
    """A home page as the only page under the root, served by the default
    site at testserver:80. Wagtail's initial migration leaves a "Welcome"
    page and a Site for it; both go."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True,
        **site_fields,
    )  # fmt: skip
    return home
