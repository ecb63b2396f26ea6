import pytest
from django.utils import timezone

from tests.factories import (
    ConditionFactory,
    TreatmentPageFactory,
    reference,
    references_block,
    section,
)
from tests.html import soup
from tests.reviewing import approved
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db


def test_treatment_page_shows_review_evidence_and_status(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Topical minoxidil",
        evidence_level="established",
        regulatory_status="approved",
    )
    approved(page)
    html = soup(client.get(page.url))
    assert html.select_one("h1").get_text(strip=True) == "Topical minoxidil"
    assert len(html.select("h1")) == 1
    assert "Established" in html.select_one(".fact--evidence").get_text()
    assert "Approved for this use" in html.select_one(".fact--regulatory").get_text()
    assert page.medical_reviewer.name in html.select_one(".article__byline").get_text()
    today = timezone.localdate().isoformat()  # the approval's date
    assert html.select_one(".article__byline time")["datetime"] == today
    assert "does not diagnose" in html.select_one(".site-footer__disclaimer").get_text()
    crumbs = [a.get_text(strip=True) for a in html.select(".breadcrumbs a")]
    assert crumbs == ["Home", "Treatments", "Topical minoxidil"]


def test_table_of_contents_anchors_are_unique_and_stable(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        body=[
            section("Risks"),
            section("Risks"),
            section("What it costs?"),
            section("Risks"),
            references_block(),
        ],
    )
    first = soup(client.get(page.url))
    anchors = [a["href"] for a in first.select(".toc a")]
    # The references have a heading too, so they are listed as well.
    assert anchors == [
        "#risks",
        "#risks-2",
        "#what-it-costs",
        "#risks-3",
        "#references",
    ]
    ids = [h2["id"] for h2 in first.select(".block-section h2, .references h2")]
    assert ids == [anchor.lstrip("#") for anchor in anchors]
    second = soup(client.get(page.url))
    assert [a["href"] for a in second.select(".toc a")] == anchors


def test_references_are_numbered_with_doi_and_pubmed_links(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        body=[
            section("Evidence"),
            references_block(
                reference(doi="10.1111/jocd.15869", pmid=""),
                reference(doi="", pmid="28396101"),
            ),
        ],
    )
    html = soup(client.get(page.url))
    items = html.select("ol.references__list > li")
    assert len(items) == 2
    assert (
        items[0].select_one("a.reference__id")["href"]
        == "https://doi.org/10.1111/jocd.15869"
    )
    assert items[1].select_one("a.reference__id")["href"] == (
        "https://pubmed.ncbi.nlm.nih.gov/28396101/"
    )


def test_related_links_grouped_by_type_and_shown_both_ways(client, treatment_index):
    exosomes = TreatmentPageFactory(parent=treatment_index, title="Exosomes")
    minoxidil = TreatmentPageFactory(parent=treatment_index, title="Minoxidil")
    prp = TreatmentPageFactory(parent=treatment_index, title="PRP")
    RelatedTreatment.objects.create(
        page=exosomes, target=minoxidil, relation_type="alternative", note="Approved"
    )
    RelatedTreatment.objects.create(page=exosomes, target=prp, relation_type="see_also")

    html = soup(client.get(exosomes.url))
    groups = {
        group.select_one("h3").get_text(strip=True): [
            a.get_text(strip=True) for a in group.select(".card__title a")
        ]
        for group in html.select(".related__group")
    }
    assert groups == {"Alternatives to consider": ["Minoxidil"], "See also": ["PRP"]}
    assert (
        "Approved" in html.select_one(".related__group--alternative .card__note").text
    )

    back = soup(client.get(minoxidil.url))
    linked = back.select(".related__group--linked-from .card__title a")
    assert [a.get_text(strip=True) for a in linked] == ["Exosomes"]


def test_index_lists_live_treatments_filtered_by_condition(client, treatment_index):
    hair = ConditionFactory(name="Hair loss", slug="hair-loss")
    skin = ConditionFactory(name="Skin ageing", slug="skin-ageing")
    a = TreatmentPageFactory(parent=treatment_index, title="Alpha")
    a.conditions.set([hair])
    a.save_revision().publish()
    b = TreatmentPageFactory(parent=treatment_index, title="Beta")
    b.conditions.set([skin])
    b.save_revision().publish()
    draft = TreatmentPageFactory(parent=treatment_index, title="Draft", live=False)
    draft.conditions.set([hair])
    draft.save_revision()

    all_titles = [
        a.get_text(strip=True)
        for a in soup(client.get(treatment_index.url)).select(".card__title a")
    ]
    assert all_titles == ["Alpha", "Beta"]
    filtered = soup(client.get(treatment_index.url, {"condition": "hair-loss"}))
    assert [a.get_text(strip=True) for a in filtered.select(".card__title a")] == [
        "Alpha"
    ]
    unknown = client.get(treatment_index.url, {"condition": "nope", "page": "abc"})
    assert unknown.status_code == 200


def test_index_paginates(client, treatment_index):
    for number in range(14):
        TreatmentPageFactory(parent=treatment_index, title=f"T{number:02d}")
    first = soup(client.get(treatment_index.url))
    assert len(first.select(".card")) == 12
    second = soup(client.get(treatment_index.url, {"page": 2}))
    assert len(second.select(".card")) == 2
    beyond = soup(client.get(treatment_index.url, {"page": 99}))
    assert len(beyond.select(".card")) == 2
