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
