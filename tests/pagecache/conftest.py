"""A small site with the page cache on: home, the three sections, two linked
articles, a condition, a doctor; and helpers to read what a reader sees."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from home.models import HomeFeaturedTreatment
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    DoctorFactory,
    DoctorIndexPageFactory,
    TreatmentPageFactory,
)
from tests.reviewing import approved
from treatments.models.related import RelatedTreatment


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs what waits for the commit (the purges), as a
    real transaction's end would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block


@pytest.fixture
def condition(db):
    return ConditionFactory(name="Androgenetic alopecia", slug="androgenetic-alopecia")


@pytest.fixture
def doctor(db):
    return DoctorFactory(name="Dr Alex Rivera (sample)", slug="dr-alex-rivera")


@pytest.fixture
def sections(home_page):
    return (
        ConditionIndexPageFactory(parent=home_page),
        DoctorIndexPageFactory(parent=home_page),
    )


def article(index, title, slug, condition, doctor):
    page = TreatmentPageFactory(
        parent=index, title=title, slug=slug, medical_reviewer=doctor
    )
    page.conditions.set([condition])
    # Approved, so that the doctor's profile lists it.
    return approved(page)


@pytest.fixture
def minoxidil(treatment_index, sections, condition, doctor, committed):
    with committed():
        return article(
            treatment_index, "Topical minoxidil", "minoxidil", condition, doctor
        )


@pytest.fixture
def finasteride(treatment_index, minoxidil, condition, doctor, home_page, committed):
    """Links to minoxidil (so minoxidil shows it as "linked from"), and is
    featured on the home page."""
    with committed():
        page = article(
            treatment_index, "Oral finasteride", "finasteride", condition, doctor
        )
        RelatedTreatment.objects.create(page=page, target=minoxidil)
        HomeFeaturedTreatment.objects.create(page=home_page, treatment=page)
        page.save_revision().publish()
    return page


def read(client, url, **extra):
    """(response, its text) for one GET."""
    response = client.get(url, **extra)
    return response, response.content.decode()


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


def served(client, url):
    """The page as a reader gets it, after making sure it is in the cache."""
    first = client.get(url)
    assert first.status_code == 200, url
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit", url
    return second
