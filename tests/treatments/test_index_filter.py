"""The treatment index filtered by a condition lists that condition's
treatments, and none (saying so) when it has none: never all of them."""

import pytest

from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    TreatmentPageFactory,
)

from .test_condition_pages import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(home_page, treatment_index):
    alopecia = ConditionFactory(name="Androgenetic alopecia")
    for title in ("Minoxidil", "Finasteride"):
        page = TreatmentPageFactory(parent=treatment_index, title=title)
        page.conditions.set([alopecia])
        page.save_revision().publish()
    TreatmentPageFactory(parent=treatment_index, title="Laser")
    ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    return treatment_index


def titles(html):
    return [a.text for a in html.select(".card__title a")]


def test_a_condition_with_treatments_lists_only_those(client, listing):
    html = soup(client.get("/treatments/", {"condition": "androgenetic-alopecia"}))
    assert titles(html) == ["Finasteride", "Minoxidil"]
    assert html.select_one(".result-count").text == (
        "2 treatments for Androgenetic alopecia"
    )


def test_a_condition_without_treatments_lists_none_and_says_so(
    client, home_page, listing
):
    ConditionIndexPageFactory(parent=home_page)
    html = soup(client.get("/treatments/", {"condition": "telogen-effluvium"}))
    assert titles(html) == []
    assert html.select_one(".result-count").text == (
        "0 treatments for Telogen effluvium"
    )
    empty = html.select_one(".empty-filter")
    assert "no published treatments for Telogen effluvium" in empty.text
    assert empty.select_one("a")["href"] == "/conditions/telogen-effluvium/"


def test_an_unknown_condition_lists_none_and_says_so(client, listing):
    html = soup(client.get("/treatments/", {"condition": "no-such-thing"}))
    assert titles(html) == []
    assert "No condition matches this filter" in html.select_one(".result-count").text
    assert html.select_one(".empty-filter a")["href"] == "/treatments/"


def test_no_filter_lists_everything(client, listing):
    assert len(titles(soup(client.get("/treatments/")))) == 3
