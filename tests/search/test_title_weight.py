"""Titles weigh most: a word in a page's title outranks the same word in a
summary, which outranks it in the body text."""

from bs4 import BeautifulSoup

from .conftest import make_treatment


def result_titles(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    selector = ".search-results:not(.search-results--promoted) .search-result__title"
    return [heading.get_text(strip=True) for heading in soup.select(selector)]


def test_a_word_in_the_title_ranks_above_summary_and_body(client, treatment_index):
    # Created strongest first: ties go to the newest page, so only the weights
    # can give this order. The weaker pages also say the word twice.
    make_treatment(
        treatment_index,
        "Zelvoxin tablets",
        "Tablets taken each morning.",
        body_text="Swallowed with water after breakfast.",
    )
    make_treatment(
        treatment_index,
        "Scalp foam",
        "A foam with zelvoxin, and more zelvoxin for thicker hair.",
        body_text="Applied once a day to dry hair.",
    )
    make_treatment(
        treatment_index,
        "Scalp serum",
        "A serum rubbed into the scalp each night.",
        body_text="Zelvoxin serum: the zelvoxin is mixed in by the pharmacist.",
    )

    assert result_titles(client, "zelvoxin") == [
        "Zelvoxin tablets",
        "Scalp foam",
        "Scalp serum",
    ]
