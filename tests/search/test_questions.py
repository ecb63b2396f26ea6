"""Questions and everyday phrasings find the treatment they name, in the top 3
of full search and of the search box's suggestions, for every demo treatment:
every phrasing template × every name people use for it (its title, its
common names, and every synonym the demo links to a treatment: the brand
names). Runs on the test database's backend: SQLite, or PostgreSQL with
DATABASE_URL."""

import pytest
from wagtail.models import Page, Site

from search import searching
from search.models import Synonym
from search.text import clean_query, words_of
from treatments.models import TreatmentPage

from .test_relevance import top_slugs

PHRASINGS = [
    "{}",
    "is {} safe",
    "does {} work",
    "side effects of {}",
    "how much does {} cost",
    "can {} regrow hair",
    "{} reviews",
    "what is {}",
    "{} side effects",
    "how does {} work",
    "is {} worth it",
    "how long does {} take to work",
]

# The names people use besides the title and the synonyms (common names as
# typed, without the title's qualifiers).
COMMON_NAMES = {
    "baricitinib-for-alopecia-areata": ["baricitinib"],
    "exosome-skin-treatments": ["exosome facials", "exosome skin treatment"],
    "exosomes-for-hair-restoration": ["exosomes for hair", "exosome hair treatment"],
    "finasteride": ["finasteride", "finasteride pills"],
    "hair-transplant-surgery": ["hair transplant", "hair transplants"],
    "low-level-laser-therapy": ["laser therapy", "low level laser", "red light"],
    "microneedling": ["microneedling", "micro needling"],
    "minoxidil": ["minoxidil", "minoxidil foam"],
    "platelet-rich-plasma": ["prp", "platelet rich plasma", "prp injections"],
    "unapproved-stem-cell-treatments": ["stem cell injections", "stem cell therapy"],
}


@pytest.fixture
def demo(demo_content):
    """The demo site, as `make run` builds it."""


def names_by_slug():
    """{slug: [names]}: title, common names, and the linked synonyms."""
    names = {}
    for page in TreatmentPage.objects.live():
        names[page.slug] = [page.title, *COMMON_NAMES.get(page.slug, [])]
    for synonym in Synonym.objects.select_related("treatment"):
        if synonym.treatment is not None:
            names[synonym.treatment.slug].append(synonym.term)
    return names


def question_grid():
    return [
        (phrasing.format(name), slug)
        for slug, names in names_by_slug().items()
        for name in names
        for phrasing in PHRASINGS
    ]


def found_slugs(query, count=3):
    """The first `count` results full search ranks for `query`, in the order
    the results page lists them, without rendering the page: the grid asks
    504 questions. `test_the_grid_reads_what_the_results_page_shows` holds
    this to the page."""
    text, _ = clean_query(query)
    attempt, _ = searching.find(
        Site.objects.get(is_default_site=True),
        words_of(text),
        searching.synonym_groups(),
        searching.resolve_filters("", ""),
    )
    first = attempt.ids[:count]
    slugs = dict(Page.objects.filter(pk__in=first).values_list("pk", "slug"))
    return [slugs[pk] for pk in first]


def suggested_slugs(client, query, count=3):
    response = client.get("/search/suggest/", {"q": query})
    assert response.status_code == 200
    return [item["url"].rstrip("/").rsplit("/", 1)[-1] for item in response.json()][
        :count
    ]


def test_the_grid_covers_every_demo_treatment_and_brand_name(demo):
    names = names_by_slug()
    assert len(names) == TreatmentPage.objects.live().count() == 10
    assert set(COMMON_NAMES) == set(names)
    assert "Olumiant" in names["baricitinib-for-alopecia-areata"]
    assert {"Rogaine", "Regaine"} <= set(names["minoxidil"])
    assert "Propecia" in names["finasteride"]


def test_the_grid_reads_what_the_results_page_shows(client, demo):
    grid = question_grid()
    for query, _ in grid[:: len(PHRASINGS) + 1]:  # every name, each phrasing
        assert found_slugs(query) == top_slugs(client, query), query


def test_questions_find_the_treatment_in_the_top_three(demo):
    # One test over the whole grid: the demo loads once, and the message
    # lists every miss at once.
    misses = {
        query: top
        for query, slug in question_grid()
        for top in [found_slugs(query)]
        if slug not in top
    }
    assert not misses, "\n".join(f"{query!r}: {top}" for query, top in misses.items())


def test_questions_suggest_the_treatment_in_the_top_three(client, demo):
    misses = {
        query: top
        for query, slug in question_grid()
        for top in [suggested_slugs(client, query)]
        if slug not in top
    }
    assert not misses, "\n".join(f"{query!r}: {top}" for query, top in misses.items())
