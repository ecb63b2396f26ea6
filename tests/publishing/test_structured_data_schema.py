"""The JSON-LD of every page type is valid schema.org, and says what each
treatment is, its legal status, the conditions, the audience and the sources."""

import pytest
from django.conf import settings
from wagtail.models import Page
from wagtailseo.models import SeoSettings

from home.demo.treatment_kinds import TREATMENT_KINDS
from tests.factories import TreatmentPageFactory
from tests.publishing.json_ld import by_type, json_ld, nodes
from tests.publishing.schemaorg.validator import problems
from treatments.models import TreatmentPage

# The demo's site takes its address from settings (test: http://testserver).
SITE_URL = settings.WAGTAILADMIN_BASE_URL

pytestmark = pytest.mark.django_db

SCHEMA_TYPES = {
    "drug": "Drug",
    "device": "MedicalDevice",
    "surgery": "SurgicalProcedure",
    "therapy": "MedicalTherapy",
}
PRESCRIPTION = {
    "prescription_only": "https://schema.org/PrescriptionOnly",
    "otc": "https://schema.org/OTC",
}


@pytest.fixture
def demo(demo_content):
    """The demo site, as `make run` builds it."""


def demo_urls():
    """Every live page, each treatment's appointment sheet, and search pages."""
    pages = Page.objects.live().public().specific().filter(depth__gt=1)
    urls = [page.url for page in pages]
    sheets = [f"{page.url}appointment-sheet/" for page in TreatmentPage.objects.live()]
    return [*urls, *sheets, "/search/", "/search/?q=hair+loss"]


def web_page_of(client, page):
    [web_page] = by_type(json_ld(client, page.url), "MedicalWebPage")
    return web_page


def test_every_page_type_validates_against_schema_org(client, demo):
    documents = {url: json_ld(client, url) for url in demo_urls()}
    found = [
        f"{url} {problem}"
        for url, page_documents in documents.items()
        for document in page_documents
        for problem in problems(document)
    ]
    assert found == []
    # The check saw the home page's and every treatment's JSON-LD.
    with_json_ld = {url for url, page_documents in documents.items() if page_documents}
    treatments = {page.url for page in TreatmentPage.objects.live()}
    assert with_json_ld == {"/", "/treatments/", "/inquire/", *treatments}
    assert len(treatments) == len(TREATMENT_KINDS)


def test_each_treatment_is_typed_as_what_it_is(client, demo):
    for slug, (kind, prescription_status) in TREATMENT_KINDS.items():
        page = TreatmentPage.objects.get(slug=slug)
        treatment = web_page_of(client, page)["about"][0]
        assert treatment["@type"] == SCHEMA_TYPES[kind], slug
        assert treatment.get("prescriptionStatus") == PRESCRIPTION.get(
            prescription_status
        ), slug


def test_every_treatment_carries_its_legal_status(client, demo):
    for page in TreatmentPage.objects.live():
        status = web_page_of(client, page)["about"][0]["legalStatus"]
        text = status if isinstance(status, str) else status["name"]
        assert text.startswith(page.get_regulatory_status_display()), page.slug


def test_an_unapproved_product_says_so(client, demo):
    page = TreatmentPage.objects.get(slug="exosomes-for-hair-restoration")
    status = web_page_of(client, page)["about"][0]["legalStatus"]
    assert status == (
        "Not approved (United States): No product for this use has been approved "
        "by the U.S. FDA."
    )


def test_a_medicine_has_a_drug_legal_status_in_the_united_states(client, demo):
    page = TreatmentPage.objects.get(slug="finasteride")
    status = web_page_of(client, page)["about"][0]["legalStatus"]
    assert status["@type"] == "DrugLegalStatus"
    assert status["name"] == "Approved for this use"
    assert status["applicableLocation"] == {"@type": "Country", "name": "United States"}


def test_conditions_are_what_the_page_is_about_and_who_it_is_for(client, demo):
    page = TreatmentPage.objects.get(slug="minoxidil")
    web_page = web_page_of(client, page)
    conditions = web_page["about"][1:]
    assert [(c["@type"], c["name"]) for c in conditions] == [
        ("MedicalCondition", "Androgenetic alopecia")
    ]
    audience = web_page["audience"]
    assert audience["@type"] == "MedicalAudience"
    assert audience["audienceType"] == "Patients"
    assert audience["healthCondition"] == [{"@id": conditions[0]["@id"]}]


def test_specialties_come_from_the_reviewer(client, demo):
    page = TreatmentPage.objects.get(slug="hair-transplant-surgery")
    documents = json_ld(client, page.url)
    [web_page] = by_type(documents, "MedicalWebPage")
    expected = ["https://schema.org/Surgical", "https://schema.org/Dermatology"]
    assert web_page["specialty"] == expected
    assert web_page["about"][0]["relevantSpecialty"] == expected
    [organisation] = by_type(documents, "MedicalOrganization")
    assert organisation["medicalSpecialty"] == expected


def test_a_plain_organisation_gets_no_medical_specialty(client, treatment_index):
    SeoSettings.objects.create(
        site=treatment_index.get_site(), struct_org_type="Organization"
    )
    page = TreatmentPageFactory(parent=treatment_index, slug="plain")
    documents = json_ld(client, page.url, host="testserver")
    [organisation] = by_type(documents, "Organization")
    assert "medicalSpecialty" not in organisation
    assert [problems(document) for document in documents] == [[]]


def test_journal_articles_are_scholarly_articles_in_their_periodical(client, demo):
    page = TreatmentPage.objects.get(slug="baricitinib-for-alopecia-areata")
    citations = web_page_of(client, page)["citation"]
    [article] = [c for c in citations if c["name"].startswith("Two Phase 3 Trials")]
    assert article["@type"] == "ScholarlyArticle"
    assert article["isPartOf"] == {"@type": "Periodical", "name": "N Engl J Med"}
    assert article["author"] == [
        {"@type": "Person", "name": "King B"},
        {"@type": "Person", "name": "Ohyama M"},
        {"@type": "Person", "name": "Kwon O"},
        {"@type": "Organization", "name": "BRAVE-AA Investigators"},
    ]


def test_an_agency_notice_is_a_work_by_and_from_the_agency(client, demo):
    page = TreatmentPage.objects.get(slug="exosomes-for-hair-restoration")
    citations = web_page_of(client, page)["citation"]
    notices = [c for c in citations if c["@type"] == "CreativeWork"]
    assert len(notices) == 6 and len(citations) == 14
    assert {notice["author"]["@type"] for notice in notices} == {"Organization"}
    assert {notice["publisher"]["name"] for notice in notices} == {
        "U.S. Food and Drug Administration",
        "FDA MedWatch",
        "DailyMed",
        "U.S. FDA-approved label",
    }


def test_every_author_is_a_person_or_an_organisation(client, demo):
    for page in TreatmentPage.objects.live():
        for work in web_page_of(client, page)["citation"]:
            authors = work["author"]
            for author in authors if isinstance(authors, list) else [authors]:
                assert author["@type"] in {"Person", "Organization"}, page.slug


def test_sample_doctors_are_marked_as_sample_data(client, demo):
    for page in TreatmentPage.objects.live():
        reviewer = web_page_of(client, page)["reviewedBy"]
        assert reviewer["name"].endswith("(sample)"), page.slug
        assert reviewer["description"].startswith("Fictional sample doctor")


def test_the_listing_and_the_inquiry_form_are_web_pages_with_breadcrumbs(client, demo):
    for url, schema_type in [
        ("/treatments/", "CollectionPage"),
        ("/inquire/", "ContactPage"),
    ]:
        documents = json_ld(client, url)
        [web_page] = by_type(documents, schema_type)
        [breadcrumbs] = by_type(documents, "BreadcrumbList")
        assert web_page["breadcrumb"] == {"@id": breadcrumbs["@id"]}
        assert breadcrumbs["itemListElement"][-1]["item"] == {"@id": SITE_URL + url}


def test_the_home_page_describes_the_organisation_and_site(client, demo):
    documents = json_ld(client, "/")
    assert {node["@type"] for node in nodes(documents)} >= {
        "MedicalOrganization",
        "WebSite",
    }
