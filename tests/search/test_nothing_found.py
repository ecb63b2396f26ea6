"""When a search finds nothing: the treatments offered instead, asked through
search's declared hook (home/ answers with the home page's featured ones)."""

from bs4 import BeautifulSoup

from home.models import HomeFeaturedTreatment


def offered(client):
    response = client.get("/search/", {"q": "qwertyuiop"})
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in soup.select(".search-empty__popular a")]


def test_newest_treatments_without_featured_ones(client, treatments):
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


def test_featured_drafts_are_left_out(client, home_page, treatments):
    HomeFeaturedTreatment.objects.create(page=home_page, treatment=treatments["prp"])
    treatments["prp"].unpublish()
    assert offered(client) == ["Exosomes for hair restoration", "Topical minoxidil"]
