"""Fixtures for publishing: review roles, users per role, admin form data."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from publishing.roles import EDITORS, MEDICAL_REVIEWERS
from tests.factories import DoctorFactory, reference


@pytest.fixture
def review_roles(treatment_index):
    """The treatments section, under review from its creation (publishing.roles)."""
    return treatment_index


def user_in_group(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="password"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(review_roles, django_user_model):
    return user_in_group(django_user_model, "editor", EDITORS)


@pytest.fixture
def reviewer(review_roles, django_user_model):
    user = user_in_group(django_user_model, "reviewer", MEDICAL_REVIEWERS)
    DoctorFactory(name="Dr Approving Reviewer (sample)", credentials="MD", user=user)
    return user


@pytest.fixture
def doctor(db):
    return DoctorFactory(name="Dr Chosen Reviewer (sample)")


def section_text(heading, html):
    return ("section", {"heading": heading, "content": rich_text(html)})


def treatment_post_data(doctor, action=None, acknowledgements=None, **overrides):
    """Everything the treatment page editor posts, for admin client requests."""
    fields = {
        "title": "Exosome scalp injections",
        "slug": "exosome-scalp-injections",
        "summary": "Vesicles injected into the scalp. Evidence is early.",
        "evidence_level": "experimental",
        "regulatory_status": "not_approved",
        "treatment_kind": "therapy",
        "regulatory_note": "",
        "conditions": [],
        # The review dates are read-only: only an approval sets them.
        "medical_reviewer": doctor.pk,
        "body": streamfield(
            [
                overrides.pop(
                    "section",
                    section_text("How it works", "<p>Signals between cells.</p>"),
                ),
                (
                    "references",
                    {
                        "heading": "References",
                        "references": streamfield([("item", reference())]),
                    },
                ),
            ]
        ),
        "related_treatments": inline_formset([]),
        "comments": inline_formset([]),
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    if action:
        data[action] = "1"
    data.update(acknowledgements or {})
    return data
