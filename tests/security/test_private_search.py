"""Private stays private in search: the restricted treatment and the draft of
tests/security/private_site are in the search index, but no result, count,
pick, suggestion or spelling correction names them, for anyone (search is
cached for everyone, so it answers as for an anonymous visitor). Each test
lifts the restriction at the end and finds the page, so it could fail."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from search.vocabulary import site_vocabulary

from .private_site import DRAFT_WORD, PRIVATE_WORD, leaked_words

pytestmark = pytest.mark.django_db


def search(client, q, **params):
    response = client.get("/search/", {"q": q, **params})
    assert response.status_code == 200
    return response


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def found_words(response):
    """The hidden pages' words in the results (the page also repeats the
    query, which may hold them)."""
    results = soup(response).select(".search-result")
    text = " ".join(result.decode() for result in results).casefold()
    return [word for word in (PRIVATE_WORD, DRAFT_WORD) if word in text]


def lift(private_site):
    """The restriction goes: the private page is public from now on."""
    private_site.restriction.delete()


def test_results(client, member_client, private_site):
    assert found_words(search(client, "zephyrine infusion")) == []
    assert found_words(search(member_client, "zephyrine infusion")) == []
    assert found_words(search(client, "quillwort")) == []
    lift(private_site)
    assert found_words(search(client, "zephyrine infusion")) == [PRIVATE_WORD]


def test_results_facets_and_picks(client, private_site):
    # All three pages say "hair"; all three are picked for "hair".
    page = soup(search(client, "hair"))
    titles = [t.get_text(strip=True) for t in page.select(".search-result__title")]
    assert titles == [private_site.public.title, private_site.public.title]
    facets = page.select_one(".search-layout__facets").get_text(" ", strip=True)
    assert "Pattern hair loss (1)" in facets
    assert "Telogen effluvium" not in facets
    assert leaked_words(search(client, "hair")) == []
    lift(private_site)
    facets = soup(search(client, "hair")).select_one(".search-layout__facets")
    assert "Pattern hair loss (2)" in facets.get_text(" ", strip=True)


def test_filtered_by_a_condition_only_they_have(client, private_site):
    response = search(client, "hair", condition="telogen-effluvium")
    assert leaked_words(response) == []
    lift(private_site)
    response = search(client, "hair", condition="telogen-effluvium")
    assert leaked_words(response) == [PRIVATE_WORD]


def test_suggest(client, member_client, private_site):
    def titles(browser, q):
        response = browser.get("/search/suggest/", {"q": q})
        assert response.status_code == 200
        return [found["title"] for found in response.json()]

    assert titles(client, "zephyr") == [] and titles(client, "quillw") == []
    assert titles(member_client, "zephyr") == []
    assert titles(client, "topic") == [private_site.public.title]
    lift(private_site)
    assert titles(client, "zephyr") == [private_site.private.title]


def test_did_you_mean(client, private_site):
    # One letter off each hidden title word: nothing to correct it to.
    for typo in ("zephyrin", "quilwort"):
        response = search(client, typo)
        assert leaked_words(response) == [], typo
    lift(private_site)
    assert "zephyrine" in soup(search(client, "zephyrin")).get_text().casefold()


def test_spelling_vocabulary(private_site):
    site = private_site.home.get_site()
    words = site_vocabulary(site)
    assert "lotion" in words
    assert PRIVATE_WORD not in words and DRAFT_WORD not in words
    lift(private_site)
    assert PRIVATE_WORD in site_vocabulary(site)


def test_nothing_found_offers_only_visible_features(client, private_site):
    response = search(client, "xylophone")
    assert private_site.public.title in response.content.decode()
    assert leaked_words(response) == []


def test_cached_answers_follow_a_new_restriction(client, private_site):
    lift(private_site)
    assert found_words(search(client, "zephyrine infusion")) == [PRIVATE_WORD]
    assert site_vocabulary(private_site.home.get_site())  # cached, with the word
    PageViewRestriction.objects.create(
        page=private_site.private, restriction_type="login"
    )
    assert found_words(search(client, "zephyrine infusion")) == []
    assert leaked_words(search(client, "zephyrin")) == []
    response = client.get("/search/suggest/", {"q": "zephyr"})
    assert response.json() == []
