"""Fixtures for inquiry tests: the demo form page, treatments, doctors, users."""

import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group

from inquiries import demo
from inquiries.fill_time import make_fill_token
from inquiries.forms import HONEYPOT_FIELD, STARTED_FIELD
from inquiries.models import InquiryFormPage
from tests.factories import ConditionFactory, DoctorFactory, TreatmentPageFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    # Rate-limit counters live in the cache; each test starts from zero.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def condition(db):
    return ConditionFactory(name="Androgenetic alopecia", slug="androgenetic-alopecia")


@pytest.fixture
def treatment(treatment_index, condition):
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Exosomes for hair restoration",
        slug="exosomes-for-hair-restoration",
    )
    page.conditions.set([condition])
    page.save_revision().publish()
    return page


@pytest.fixture
def doctor(db):
    return DoctorFactory(name="Dr Alex Rivera (sample)", email="rivera@example.org")


@pytest.fixture
def inquiry_page(home_page, treatment, doctor):
    """The demo's /inquire/ page (and its example routing rule)."""
    demo.build(home_page, log=lambda message: None)
    return InquiryFormPage.objects.get()


@pytest.fixture
def field_names(inquiry_page):
    """clean_name of each demo field, keyed by its field type."""
    return {
        field.field_type: field.clean_name for field in inquiry_page.form_fields.all()
    }


@pytest.fixture
def valid_data(field_names, treatment, doctor):
    """A valid POST body, as a person who took a minute to fill it would send."""

    def build(**overrides):
        data = {
            field_names["name"]: "Jane Visitor",
            field_names["email"]: "jane@example.com",
            field_names["phone"]: "+1 555 0100",
            field_names["treatment"]: treatment.slug,
            field_names["doctor"]: "any",
            field_names["multiline"]: "My hair is thinning at the crown since spring.",
            field_names["consent"]: "on",
            HONEYPOT_FIELD: "",
            STARTED_FIELD: make_fill_token(time.time() - 60),
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return build


@pytest.fixture
def editor(django_user_model):
    """A plain editor: may edit pages, is not an inquiry manager."""
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.org", password="password"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user(
        username="manager", email="manager@example.org", password="password"
    )
    user.groups.add(Group.objects.get(name="Inquiry managers"))
    return user


def soup(response):
    return BeautifulSoup(response.content, "html.parser")
