"""Fixtures for search: treatment pages with known words, indexed inline."""

import pytest
from wagtail.search.index import insert_or_update_object

from tests.factories import ConditionFactory, TreatmentPageFactory, section


@pytest.fixture
def alopecia(db):
    return ConditionFactory(name="Androgenetic alopecia", slug="androgenetic-alopecia")


@pytest.fixture
def areata(db):
    return ConditionFactory(name="Alopecia areata", slug="alopecia-areata")


def make_treatment(parent, title, summary, conditions=(), body_text="", **kwargs):
    body = [section("What it is", f"<p>{body_text or summary}</p>")]
    page = TreatmentPageFactory(
        parent=parent, title=title, summary=summary, body=body, **kwargs
    )
    if conditions:
        page.conditions.set(conditions)
        page.save()
        # Conditions are committed after post_save; publishing re-indexes
        # (search.signals), a bare save in a test does not.
        insert_or_update_object(page)
    return page


@pytest.fixture
def treatments(treatment_index, alopecia, areata):
    """Three treatments with distinct words."""
    return {
        "minoxidil": make_treatment(
            treatment_index,
            "Topical minoxidil",
            "A solution applied to the scalp that slows pattern hair loss.",
            [alopecia],
            evidence_level="established",
        ),
        "prp": make_treatment(
            treatment_index,
            "Platelet-rich plasma",
            "Injections of the patient's own concentrated platelets into the scalp.",
            [alopecia, areata],
            evidence_level="emerging",
        ),
        "exosomes": make_treatment(
            treatment_index,
            "Exosomes for hair restoration",
            "Vesicles from cultured cells injected into the scalp; experimental.",
            [alopecia],
            evidence_level="experimental",
        ),
    }


@pytest.fixture(autouse=True)
def empty_cache():
    """Search caches ranked results; each test starts from a cold cache."""
    from django.core.cache import cache

    cache.clear()
