"""JSON-LD of every demo page: required properties, nothing empty, escaped."""

import pytest
from django.conf import settings
from wagtail.models import Page

from home.models import HomePage
from publishing.structured_data import compact, to_json_ld
from tests.factories import TreatmentPageFactory
from tests.publishing.json_ld import by_type, json_ld
from treatments.models import TreatmentPage

# The demo's site takes its address from settings (test: http://testserver).
SITE_URL = settings.WAGTAILADMIN_BASE_URL

pytestmark = pytest.mark.django_db

TREATMENT_TYPES = {"Drug", "MedicalDevice", "SurgicalProcedure", "MedicalTherapy"}


def empty_paths(value, path="$"):
    if value is None or value == "" or value == [] or value == {}:
        yield path
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from empty_paths(child, f"{path}.{key}")
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from empty_paths(child, f"{path}[{index}]")


@pytest.fixture
def demo(demo_content):
    """The demo site, as `make run` builds it."""


def test_every_demo_page_has_valid_json_ld(client, demo):
    checked = 0
    for page in Page.objects.live().public().specific().filter(depth__gt=1):
        documents = json_ld(client, page.url)
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
    assert web_page["url"] == SITE_URL + page.url
    assert web_page["description"] == page.summary
    assert web_page["lastReviewed"] == page.last_reviewed.isoformat()
    reviewer = web_page["reviewedBy"]
    assert reviewer["@type"] == "Person"
    assert reviewer["name"] == page.medical_reviewer.name
    assert reviewer["honorificSuffix"] == page.medical_reviewer.credentials
    assert reviewer["hasCredential"]
    treatment, *conditions = web_page["about"]
    assert treatment["@type"] in TREATMENT_TYPES
    assert treatment["name"] == page.title
    assert [c["name"] for c in conditions] == [c.name for c in page.conditions.all()]
    assert {c["@type"] for c in conditions} == {"MedicalCondition"}
    assert [c["name"] for c in web_page["citation"]] == reference_titles(page)
    [breadcrumbs] = by_type(documents, "BreadcrumbList")
    items = breadcrumbs["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert items[-1]["item"] == {"@id": web_page["url"]}
    assert web_page["breadcrumb"]["@id"] == breadcrumbs["@id"]


def reference_titles(page):
    """The titles in the body's stored references blocks, read from the raw
    stream rather than through the page's own helpers."""
    return [
        item["value"]["title"]
        for block in page.body.raw_data
        if block["type"] == "references"
        for item in block["value"]["references"]
    ]


def check_home(documents):
    [organisation] = by_type(documents, "MedicalOrganization")
    assert organisation["name"] == "Clinic Network (demo)"
    [website] = by_type(documents, "WebSite")
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == (
        SITE_URL + "/search/?q={search_term_string}"
    )
    assert action["query-input"] == "required name=search_term_string"
    assert website["publisher"]["@id"] == organisation["@id"]


def test_exosome_article_json_ld_cites_its_sources(client, demo):
    page = TreatmentPage.objects.get(slug="exosomes-for-hair-restoration")
    [web_page] = by_type(json_ld(client, page.url), "MedicalWebPage")
    citations = web_page["citation"]
    assert [citation["name"] for citation in citations] == [
        "Public Safety Notification on Exosome Products",
        "Public Safety Alert Due to Marketing of Unapproved Stem Cell and Exosome "
        "Products",
        "Consumer Alert on Regenerative Medicine Products Including Stem Cells and "
        "Exosomes",
        "Warning Letter, Supreme Rejuvenation, LLC (CBER 25-700749)",
        "Systematic review of exosome treatment in hair restoration: preliminary "
        "evidence, safety, and future directions",
        "The Roles of Exosomes in Regulating Hair Follicle Growth",
        "A Pilot Randomized Controlled Trial (RCT) Evaluating the Efficacy of an "
        "Exosome-Containing Plant Extract Formulation for Treating Male Alopecia",
        "The effectiveness of treatments for androgenetic alopecia: A systematic "
        "review and meta-analysis",
        "Minoxidil Extra Strength for Men (minoxidil topical solution 5%) Drug Facts "
        "label",
        "Oral minoxidil treatment for hair loss: A review of efficacy and safety",
        "Telogen effluvium: a comprehensive review",
        "Telogen Effluvium (in Hair and Scalp Disorders, eds Kutlubay Z, Serdaroglu S)",
        "OLUMIANT (baricitinib) prescribing information, NDA 207924",
        "Alopecia areata: Part 2: treatment",
    ]
    gupta = citations[4]
    assert gupta == {
        "@type": "ScholarlyArticle",
        "name": gupta["name"],
        "author": [
            {"@type": "Person", "name": "Gupta AK"},
            {"@type": "Person", "name": "Wang T"},
            {"@type": "Person", "name": "Rapaport JA"},
        ],
        "isPartOf": {"@type": "Periodical", "name": "J Cosmet Dermatol"},
        "datePublished": "2023",
        "identifier": [
            {
                "@type": "PropertyValue",
                "propertyID": "DOI",
                "value": "10.1111/jocd.15869",
            }
        ],
        # No URL of its own: the DOI's resolver.
        "url": "https://doi.org/10.1111/jocd.15869",
    }
    # Its own URL wins over the DOI's.
    assert citations[5]["url"] == (
        "https://dovepress.com/the-roles-of-exosomes-in-regulating-hair-follicle-"
        "growth-peer-reviewed-fulltext-article-CCID"
    )
    assert web_page["reviewedBy"]["name"] == "Dr Alex Rivera (sample)"


def test_a_title_cannot_break_out_of_the_script(client, treatment_index):
    title = '</script><script>alert("x")</script> & more'
    page = TreatmentPageFactory(parent=treatment_index, title=title, slug="hostile")
    raw = client.get(page.url).content.decode()
    assert "\\u003c/script\\u003e\\u003cscript\\u003e" in raw
    assert '<script>alert("x")' not in raw
    [web_page] = by_type(json_ld(client, page.url, host="testserver"), "MedicalWebPage")
    assert web_page["name"] == title


def test_serialiser_drops_empty_values_and_escapes_markup():
    data = {"a": "", "b": [], "c": {"d": None}, "e": [" ", "x"], "f": 0, "g": "<&>"}
    assert compact(data) == {"e": ["x"], "f": 0, "g": "<&>"}
    assert to_json_ld(data) == '{"e": ["x"], "f": 0, "g": "\\u003c\\u0026\\u003e"}'
