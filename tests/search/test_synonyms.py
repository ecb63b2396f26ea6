"""Synonyms: applied to searches, seeded by the demo, listed in the A-Z."""

from bs4 import BeautifulSoup

from search import demo
from search.models import Synonym

from .conftest import make_treatment


def titles(client, query):
    soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".search-result__title")]


def test_lay_word_finds_pages_that_use_the_medical_term(client, treatments):
    assert titles(client, "receding") == []
    Synonym.objects.create(
        term="receding hairline", equivalents="androgenetic alopecia"
    )
    found = titles(client, "receding hairline")
    assert set(found) == {
        "Topical minoxidil",
        "Platelet-rich plasma",
        "Exosomes for hair restoration",
    }


def test_medical_term_finds_pages_that_use_the_lay_word(client, treatment_index):
    make_treatment(treatment_index, "Hair plugs explained", "What hair plugs were.")
    Synonym.objects.create(term="hair plugs", equivalents="follicular unit extraction")
    assert titles(client, "follicular unit extraction") == ["Hair plugs explained"]


def test_synonym_words_are_highlighted(client, treatments):
    Synonym.objects.create(term="PRP", equivalents="platelet-rich plasma")
    soup = BeautifulSoup(client.get("/search/", {"q": "prp"}).content, "html.parser")
    marks = {m.text.lower() for m in soup.select(".search-result__snippet mark")}
    assert "platelets" in marks


def test_demo_synonyms_are_idempotent(treatments, home_page):
    created = demo.build(home_page, lambda message: None)
    assert created == len(demo.SYNONYMS)
    assert demo.build(home_page, lambda message: None) == 0
    assert Synonym.objects.count() == len(demo.SYNONYMS)
    balding = Synonym.objects.get(term="balding")
    assert balding.condition.slug == "androgenetic-alopecia"


def a_to_z(client):
    response = client.get("/treatments/a-z/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_to_z_lists_live_treatments_conditions_and_see_entries(
    client, treatments, alopecia
):
    draft = make_treatment(
        treatments["prp"].get_parent(), "Zinc draft", "Not published yet."
    )
    draft.unpublish()
    Synonym.objects.create(term="Rogaine", equivalents="topical minoxidil")
    Synonym.objects.create(term="balding", equivalents="x", condition=alopecia)
    Synonym.objects.create(term="Unknown word", equivalents="nothing we have")
    soup = a_to_z(client)

    letters = [h.text for h in soup.select(".a-to-z__letter")]
    assert letters == ["A", "B", "E", "P", "R", "T"]
    entries = {li.get_text(" ", strip=True) for li in soup.select(".a-to-z__entry")}
    assert "Topical minoxidil" in entries
    assert "Androgenetic alopecia (condition)" in entries
    assert "Rogaine: see Topical minoxidil" in entries
    assert "balding: see Androgenetic alopecia" in entries
    assert not any("Zinc" in entry or "Unknown" in entry for entry in entries)
    # Alopecia areata is linked to a live treatment (PRP), so it is listed too.
    rogaine = soup.select_one(
        ".a-to-z__entry--synonym a[href='/treatments/topical-minoxidil/']"
    )
    assert rogaine.text == "Topical minoxidil"
    condition_link = soup.find("a", string="Androgenetic alopecia")
    assert condition_link["href"] == "/treatments/?condition=androgenetic-alopecia"


def test_a_to_z_is_routed_before_wagtail(client, home_page):
    soup = a_to_z(client)
    assert soup.select_one("h1").text == "Treatments and conditions A to Z"


def test_new_synonym_applies_at_once(client, treatments):
    assert titles(client, "vampire") == []
    Synonym.objects.create(term="vampire", equivalents="platelets")
    assert titles(client, "vampire") == ["Platelet-rich plasma"]


def test_editors_can_maintain_synonyms(client, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/search/synonym/add/",
        {"term": "hair pills", "equivalents": "finasteride"},
    )
    assert response.status_code == 302
    assert Synonym.objects.get(term="hair pills").equivalents == "finasteride"
