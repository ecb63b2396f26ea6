"""JSON-LD of every demo page: required properties, nothing empty, escaped."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage
from publishing.structured_data import compact, to_json_ld
from tests.factories import TreatmentPageFactory
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db


def json_ld(client, page, host="localhost"):
    response = client.get(page.url, HTTP_HOST=host)
    assert response.status_code == 200, page.url
    scripts = BeautifulSoup(response.content, "html.parser").select(
        'script[type="application/ld+json"]'
    )
    for script in scripts:
        assert not set("<>&") & set(script.string), page.url
    return [json.loads(script.string) for script in scripts]


def nodes(documents):
    for document in documents:
        yield from document.get("@graph", [document])


def empty_paths(value, path="$"):
    if value is None or value == "" or value == [] or value == {}:
        yield path
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from empty_paths(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from empty_paths(child, f"{path}[{index}]")


def by_type(documents, type_name):
    return [node for node in nodes(documents) if node.get("@type") == type_name]


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=open("/dev/null", "w"))


def test_every_demo_page_has_valid_json_ld(client, demo):
    checked = 0
    for page in Page.objects.live().public().specific().filter(depth__gt=1):
        documents = json_ld(client, page)
        for document in documents:
            assert document["@context"] == "https://schema.org"
            assert list(empty_paths(document)) == [], page.url
        if isinstance(page, TreatmentPage):
            check_treatment(page, documents)
            checked += 1
        if isinstance(page, HomePage):
            check_home(documents)
    assert checked == TreatmentPage.objects.live().count() >= 5


def check_treatment(page, documents):
    [web_page] = by_type(documents, "MedicalWebPage")
    assert web_page["name"] == page.title
    assert web_page["url"] == "http://localhost" + page.url
    assert web_page["description"] == page.summary
    assert web_page["lastReviewed"] == page.last_reviewed.isoformat()
    reviewer = web_page["reviewedBy"]
    assert reviewer["@type"] == "Person"
    assert reviewer["name"] == page.medical_reviewer.name
    assert reviewer["honorificSuffix"] == page.medical_reviewer.credentials
    assert reviewer["hasCredential"]
    therapy = web_page["about"]
    assert therapy["@type"] == "MedicalTherapy"
    assert therapy["name"] == page.title
    conditions = therapy["relevantCondition"]
    assert [c["name"] for c in conditions] == [c.name for c in page.conditions.all()]
    assert {c["@type"] for c in conditions} == {"MedicalCondition"}
    assert [c["name"] for c in web_page["citation"]] == [
        reference["title"] for reference in page.references()
    ]
    [breadcrumbs] = by_type(documents, "BreadcrumbList")
    items = breadcrumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[-1]["item"] == web_page["url"]
    assert web_page["breadcrumb"]["@id"] == breadcrumbs["@id"]


def check_home(documents):
    [organisation] = by_type(documents, "MedicalOrganization")
    assert organisation["name"] == "Clinic Network (demo)"
    [website] = by_type(documents, "WebSite")
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == (
        "http://localhost/search/?q={search_term_string}"
    )
    assert action["query-input"] == "required name=search_term_string"
    assert website["publisher"]["@id"] == organisation["@id"]


def test_exosome_article_json_ld_cites_its_sources(client, demo):
    page = TreatmentPage.objects.get(slug="exosomes-for-hair-restoration")
    [web_page] = by_type(json_ld(client, page), "MedicalWebPage")
    assert len(web_page["citation"]) == 14
    assert web_page["reviewedBy"]["name"] == "Dr Alex Rivera (sample)"


def test_a_title_cannot_break_out_of_the_script(client, treatment_index):
    title = '</script><script>alert("x")</script> & more'
    page = TreatmentPageFactory(parent=treatment_index, title=title, slug="hostile")
    raw = client.get(page.url).content.decode()
    assert "\\u003c/script\\u003e\\u003cscript\\u003e" in raw
    assert '<script>alert("x")' not in raw
    [web_page] = by_type(json_ld(client, page, host="testserver"), "MedicalWebPage")
    assert web_page["name"] == title


def test_serialiser_drops_empty_values_and_escapes_markup():
    data = {"a": "", "b": [], "c": {"d": None}, "e": [" ", "x"], "f": 0, "g": "<&>"}
    assert compact(data) == {"e": ["x"], "f": 0, "g": "<&>"}
    assert to_json_ld(data) == '{"e": ["x"], "f": 0, "g": "\\u003c\\u0026\\u003e"}'
