"""/search/suggest/: JSON for the search box."""

from .conftest import make_treatment


def test_suggest_returns_title_url_summary(client, treatments):
    response = client.get("/search/suggest/", {"q": "plat"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == [
        {
            "title": "Platelet-rich plasma",
            "url": "/treatments/platelet-rich-plasma/",
            "summary": treatments["prp"].summary,
        }
    ]


def test_suggest_matches_condition_names(client, treatments):
    titles = {
        item["title"] for item in client.get("/search/suggest/", {"q": "areat"}).json()
    }
    assert titles == {"Platelet-rich plasma"}


def test_suggest_returns_at_most_eight(client, treatment_index):
    for number in range(12):
        make_treatment(treatment_index, f"Scalp serum {number}", "A serum.")
    assert len(client.get("/search/suggest/", {"q": "scalp"}).json()) == 8


def test_suggest_hides_drafts(client, treatments):
    treatments["prp"].unpublish()
    assert client.get("/search/suggest/", {"q": "plat"}).json() == []


def test_suggest_empty_and_junk_queries(client, treatments):
    for query in ["", "   ", "&|!:*()'\"\\;", "\x00", "🙂"]:
        response = client.get("/search/suggest/", {"q": query})
        assert response.status_code == 200
        assert response.json() == []


def test_publishing_indexes_the_new_conditions(client, treatments, areata):
    page = treatments["minoxidil"]
    page.conditions.set([areata])
    page.save_revision().publish()
    titles = {
        item["title"] for item in client.get("/search/suggest/", {"q": "areat"}).json()
    }
    assert titles == {"Platelet-rich plasma", "Topical minoxidil"}


def test_suggest_puts_titles_that_start_with_the_text_first(client, treatment_index):
    # Created oldest first: without the title tests, newest would lead.
    starts = make_treatment(treatment_index, "Scalp cooling caps", "Cold caps.")
    holds = make_treatment(treatment_index, "Laser for the scalp", "Light.")
    make_treatment(treatment_index, "Hair tonic", "Rubbed into the scalp.")
    titles = [
        item["title"] for item in client.get("/search/suggest/", {"q": "scal"}).json()
    ]
    assert titles == [starts.title, holds.title, "Hair tonic"]


def test_suggest_skips_unpublished_pages_that_would_rank_first(
    client, treatment_index, monkeypatch
):
    """The shortlist is ranked before pages are checked: when it holds too
    few live pages, the checked ranking fills the list."""
    monkeypatch.setattr("search.searching.SUGGESTIONS", 2)
    monkeypatch.setattr("search.searching.SHORTLIST", 3)
    pages = [
        make_treatment(treatment_index, f"Scalp serum {number}", "A serum.")
        for number in range(5)
    ]
    for page in pages[2:]:  # the newest three rank first
        page.unpublish()
    titles = [
        item["title"] for item in client.get("/search/suggest/", {"q": "scalp"}).json()
    ]
    assert titles == ["Scalp serum 1", "Scalp serum 0"]


def test_each_suggestion_is_a_title_and_one_short_line(client, treatment_index):
    summary = (
        "A daily prescription tablet for men with pattern hair loss that lowers a "
        "hormone which shrinks hair follicles over the years. Results take months."
    )
    make_treatment(treatment_index, "Scalp tablets", summary)
    [item] = client.get("/search/suggest/", {"q": "scalp tab"}).json()
    assert item["summary"] == (
        "A daily prescription tablet for men with pattern hair loss that lowers a…"
    )
    assert len(item["summary"]) <= 80


# The same synonyms, brand names and spelling as full search, on the demo.
SUGGESTED_TOP_3 = [
    ("rogaine", "minoxidil"),
    ("propecia", "finasteride"),
    ("balding", "minoxidil"),
    ("balding", "finasteride"),
    ("minoxidl", "minoxidil"),
    ("olumiant", "baricitinib-for-alopecia-areata"),
    ("does minoxidil work", "minoxidil"),
    ("is finasteride safe", "finasteride"),
    ("can prp regrow hair", "platelet-rich-plasma"),
    ("is finas", "finasteride"),
]


def test_suggest_understands_what_full_search_understands(client, demo_content):
    from .test_questions import suggested_slugs

    misses = {
        query: top
        for query, slug in SUGGESTED_TOP_3
        for top in [suggested_slugs(client, query)]
        if slug not in top
    }
    assert misses == {}
    # Prefixes still suggest as before: the title that starts with the text.
    assert suggested_slugs(client, "minox", 1) == ["minoxidil"]
    assert suggested_slugs(client, "hair tr", 1) == ["hair-transplant-surgery"]
