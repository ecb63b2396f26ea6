"""When a search finds nothing: the treatments offered instead, asked through
search's declared hook (home/ answers with the home page's featured ones)."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from home.models import HomeFeaturedTreatment


def offered(client):
    response = client.get("/search/", {"q": "qwertyuiop"})
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in soup.select(".search-empty__popular a")]


@pytest.fixture
def published_in_order(treatments):
    """The test treatments published a day apart: minoxidil, PRP, exosomes."""
    start = timezone.now() - timedelta(days=10)
    for days, key in enumerate(["minoxidil", "prp", "exosomes"]):
        page = treatments[key]
        page.first_published_at = start + timedelta(days=days)
        page.save(update_fields=["first_published_at"])
    return treatments


def test_newest_treatments_without_featured_ones(client, published_in_order):
    assert offered(client) == [
        "Exosomes for hair restoration",
        "Platelet-rich plasma",
        "Topical minoxidil",
    ]


def test_featured_treatments_in_the_editors_order(client, home_page, treatments):
    for order, key in enumerate(["minoxidil", "exosomes"]):
        HomeFeaturedTreatment.objects.create(
            page=home_page, treatment=treatments[key], sort_order=order
        )
    assert offered(client) == ["Topical minoxidil", "Exosomes for hair restoration"]


def test_featured_drafts_are_left_out(client, home_page, published_in_order):
    treatments = published_in_order
    HomeFeaturedTreatment.objects.create(page=home_page, treatment=treatments["prp"])
    treatments["prp"].unpublish()
    assert offered(client) == ["Exosomes for hair restoration", "Topical minoxidil"]
