"""The search page: visibility, highlighting, filters, pagination, promotions,
the zero-results page and a constant number of SQL queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction, Site

from inquiries import demo as inquiries_demo
from search.caching import bump_content_version
from tests.factories import HomePageFactory, TreatmentIndexPageFactory

from .conftest import make_treatment


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    soup = soup_of(response)
    selector = ".search-results:not(.search-results--promoted) .search-result__title"
    return [h.get_text(strip=True) for h in soup.select(selector)]


def test_finds_treatment_with_conditions_and_evidence(client, treatments):
    soup = soup_of(client.get("/search/", {"q": "minoxidil"}))
    result = soup.select_one(".search-result")
    assert result.select_one(".search-result__title a")["href"] == (
        "/treatments/topical-minoxidil/"
    )
    assert "Established" in result.select_one(".search-result__evidence").text
    assert (
        "Androgenetic alopecia" in result.select_one(".search-result__conditions").text
    )
    assert "1 result" in soup.select_one(".search-summary").text
    # The regulatory status, in the article's words (the factory's default).
    status = result.select_one(".badge--status")
    assert status.text == treatments["minoxidil"].get_regulatory_status_display()
    assert (
        f"badge--status-{treatments['minoxidil'].regulatory_status}"
        in (status["class"])
    )


def test_snippet_marks_query_words_and_escapes_html(client, treatment_index, alopecia):
    make_treatment(
        treatment_index,
        "Scalp care",
        "Gentle <b>scalp</b> care with <script>alert(1)</script> shampoo.",
    )
    soup = soup_of(client.get("/search/", {"q": "shampoo"}))
    snippet = soup.select_one(".search-result__snippet")
    assert [m.text for m in snippet.select("mark")] == ["shampoo"]
    assert snippet.select("script") == [] and snippet.select("b") == []
    assert "<script>alert(1)</script>" in snippet.text


def test_drafts_restricted_and_other_sites_never_appear(client, treatments, home_page):
    index = treatments["minoxidil"].get_parent()
    draft = make_treatment(index, "Minoxidil draft", "Minoxidil draft text.")
    draft.unpublish()
    restricted = make_treatment(index, "Minoxidil members", "Minoxidil members text.")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type="password", password="secret"
    )
    other_home = HomePageFactory(parent=home_page.get_parent(), slug="other")
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    other_index = TreatmentIndexPageFactory(parent=other_home, slug="treatments")
    make_treatment(other_index, "Minoxidil elsewhere", "Minoxidil on another site.")

    response = client.get("/search/", {"q": "minoxidil"})
    assert result_titles(response) == ["Topical minoxidil"]
    assert "1 result" in soup_of(response).select_one(".search-summary").text


def test_other_page_types_are_found_beside_treatments(client, treatments):
    index = treatments["minoxidil"].get_parent().specific
    index.introduction = "<p>Every scalp treatment we have reviewed.</p>"
    index.save_revision().publish()
    titles = result_titles(client.get("/search/", {"q": "scalp"}))
    assert sorted(titles) == sorted(
        ["Treatments", "Topical minoxidil", "Platelet-rich plasma",
         "Exosomes for hair restoration"]
    )  # fmt: skip


def test_facets_say_when_they_count_only_the_first_results(
    client, treatments, monkeypatch
):
    monkeypatch.setattr("search.searching.MAX_RANKED", 2)
    soup = soup_of(client.get("/search/", {"q": "scalp"}))
    assert "3 results" in soup.select_one(".search-summary").text
    assert soup.select_one(".facet__note").text == "Counts are for the first 2 results."
    levels = soup.select("[aria-label='Filter by evidence level'] .facet__count")
    assert sum(int(count.text.strip("()")) for count in levels) == 2


def test_facets_count_and_filter(client, treatments, areata):
    soup = soup_of(client.get("/search/", {"q": "scalp"}))
    conditions = {
        link.get_text(" ", strip=True)
        for link in soup.select("[aria-label='Filter by condition'] a")
    }
    assert conditions == {"Androgenetic alopecia (3)", "Alopecia areata (1)"}
    levels = [
        link.get_text(" ", strip=True)
        for link in soup.select("[aria-label='Filter by evidence level'] a")
    ]
    assert levels == ["Established (1)", "Emerging (1)", "Experimental (1)"]
    assert soup.select_one(".facet__note") is None

    response = client.get("/search/", {"q": "scalp", "condition": "alopecia-areata"})
    assert result_titles(response) == ["Platelet-rich plasma"]
    response = client.get("/search/", {"q": "scalp", "evidence": "experimental"})
    assert result_titles(response) == ["Exosomes for hair restoration"]


def test_evidence_facet_counts_pages_sharing_a_level(
    client, treatments, treatment_index
):
    make_treatment(
        treatment_index, "Scalp serum", "A scalp serum.", evidence_level="emerging"
    )
    soup = soup_of(client.get("/search/", {"q": "scalp"}))
    levels = [
        link.get_text(" ", strip=True)
        for link in soup.select("[aria-label='Filter by evidence level'] a")
    ]
    assert levels == ["Established (1)", "Emerging (2)", "Experimental (1)"]


def test_unknown_filter_values_are_ignored_and_said(client, treatments):
    response = client.get(
        "/search/", {"q": "scalp", "condition": "nope", "evidence": "x"}
    )
    soup = soup_of(response)
    assert len(result_titles(response)) == 3
    assert (
        "condition and evidence level"
        in soup.select_one(".search-notice--filters").text
    )


def test_pagination_keeps_query_and_filters(client, treatment_index, alopecia):
    for number in range(12):
        make_treatment(
            treatment_index, f"Scalp serum {number}", "A scalp serum.", [alopecia]
        )
    response = client.get(
        "/search/", {"q": "serum", "condition": "androgenetic-alopecia"}
    )
    soup = soup_of(response)
    assert len(result_titles(response)) == 10
    next_link = soup.select_one(".search-pagination a[rel=next]")["href"]
    assert next_link == "?q=serum&condition=androgenetic-alopecia&page=2"
    second = client.get("/search/" + next_link)
    assert len(result_titles(second)) == 2
    assert soup_of(second).select_one(".search-pagination a[rel=prev]")["href"] == (
        "?q=serum&condition=androgenetic-alopecia&page=1"
    )


def test_promotions_come_first_marked_recommended(client, treatments):
    query = Query.get("scalp")
    SearchPromotion.objects.create(
        query=query, page=treatments["exosomes"], description="Read this first."
    )
    soup = soup_of(client.get("/search/", {"q": "Scalp"}))
    first = soup.select(".search-result")[0]
    assert "search-result--promoted" in first["class"]
    assert first.select_one(".search-result__badge").text == "Recommended"
    assert first.select_one("a").text == "Exosomes for hair restoration"


def test_promotion_of_a_draft_is_not_shown(client, treatments):
    SearchPromotion.objects.create(query=Query.get("scalp"), page=treatments["prp"])
    treatments["prp"].unpublish()
    soup = soup_of(client.get("/search/", {"q": "scalp"}))
    assert soup.select(".search-result--promoted") == []


def test_zero_results_page_helps(client, treatments, home_page):
    inquiries_demo.build(home_page, log=lambda message: None)  # the /inquire/ page
    soup = soup_of(client.get("/search/", {"q": "qwertyuiop"}))
    assert "0 results" in soup.select_one(".search-summary").text
    assert soup.select_one(".search-empty__inquire a")["href"] == "/inquire/"
    popular = [a.text for a in soup.select(".search-empty__popular a")]
    assert "Topical minoxidil" in popular


def test_misspelling_shows_results_for_the_suggestion(client, treatments):
    soup = soup_of(client.get("/search/", {"q": "minoxidill"}))
    assert result_titles_from(soup) == ["Topical minoxidil"]


def result_titles_from(soup):
    return [h.get_text(strip=True) for h in soup.select(".search-result__title")]


def test_spelling_suggestion_link_when_nothing_found(
    client, treatments, treatment_index
):
    # "minoxidil" is in the vocabulary (a title) but a filter empties the results.
    soup = soup_of(
        client.get("/search/", {"q": "minoxidill", "evidence": "experimental"})
    )
    link = soup.select_one(".search-empty__suggestion a")
    assert link.text == "minoxidil"
    assert link["href"] == "/search/?q=minoxidil"


def test_any_word_fallback_when_no_page_has_all_words(client, treatments):
    response = client.get("/search/", {"q": "exosomes zebra"})
    assert result_titles(response)[0] == "Exosomes for hair restoration"
    assert "some of them" in soup_of(response).select_one(".search-summary").text


@pytest.mark.parametrize("extra_pages", [0, 15])
def test_query_count_does_not_grow_with_results(
    client,
    treatments,
    treatment_index,
    alopecia,
    django_assert_num_queries,
    extra_pages,
):
    add_scalp_tonics(treatment_index, alopecia, extra_pages)
    client.get("/search/", {"q": "scalp"})  # warm the site-root and results caches
    # Synonyms, ranked ids, facet counts, promotions and the site (since
    # treatments.site_cache) come from the cache: the page of results
    # (treatment pages, their conditions), facet conditions, recording in one
    # transaction (begin, the query, a daily-hit upsert, a result-count
    # upsert, commit). The two site settings the templates show come with the
    # site (treatments.site_settings).
    with django_assert_num_queries(EXPECTED_QUERIES):
        response = client.get("/search/", {"q": "scalp"})
    assert len(result_titles(response)) == min(3 + extra_pages, 10)


EXPECTED_QUERIES = 8


def add_scalp_tonics(index, condition, count):
    """More treatments that a search for "scalp" finds."""
    for number in range(count):
        make_treatment(index, f"Scalp tonic {number}", "A scalp tonic.", [condition])


@pytest.mark.parametrize("extra_pages", [0, 15])
def test_query_count_after_a_change_does_not_grow_with_results(
    client,
    treatments,
    treatment_index,
    alopecia,
    django_assert_num_queries,
    extra_pages,
):
    add_scalp_tonics(treatment_index, alopecia, extra_pages)
    client.get("/search/", {"q": "scalp"})  # warm the site-root cache
    bump_content_version()  # what a publish does: no cached ranking applies
    # On top of the cached case: the search (PostgreSQL: one statement ranks
    # and counts the facets; SQLite: the ranked ids, then the two facet
    # counts). The view restrictions (treatments.view_restrictions), synonyms
    # and the editors' picks stay cached: publishing a page changes none.
    with django_assert_num_queries(EXPECTED_QUERIES_AFTER_A_CHANGE[connection.vendor]):
        response = client.get("/search/", {"q": "scalp"})
    assert len(result_titles(response)) == min(3 + extra_pages, 10)


EXPECTED_QUERIES_AFTER_A_CHANGE = {"postgresql": 9, "sqlite": 11}


def test_cached_results_follow_publishing(client, treatments):
    assert result_titles(client.get("/search/", {"q": "scalp"})) != []
    treatments["prp"].unpublish()
    titles = result_titles(client.get("/search/", {"q": "scalp"}))
    assert "Platelet-rich plasma" not in titles
    treatments["prp"].save_revision().publish()
    titles = result_titles(client.get("/search/", {"q": "scalp"}))
    assert "Platelet-rich plasma" in titles


def test_cached_results_follow_view_restrictions(client, treatments):
    assert "Topical minoxidil" in result_titles(client.get("/search/", {"q": "scalp"}))
    PageViewRestriction.objects.create(
        page=treatments["minoxidil"], restriction_type="login"
    )
    titles = result_titles(client.get("/search/", {"q": "scalp"}))
    assert "Topical minoxidil" not in titles


def test_new_promotion_shows_at_once(client, treatments):
    client.get("/search/", {"q": "scalp"})
    SearchPromotion.objects.create(query=Query.get("scalp"), page=treatments["prp"])
    soup = soup_of(client.get("/search/", {"q": "scalp"}))
    assert [a.text for a in soup.select(".search-result--promoted a")] == [
        "Platelet-rich plasma"
    ]
