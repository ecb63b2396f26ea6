"""What the claims check sees: normalised text, the product each regulatory
claim is about, the page's status, and every field a reader sees."""

import pytest
from django.urls import reverse

from publishing.acknowledgements import findings_for_page, unacknowledged
from publishing.claim_normalise import normalise
from publishing.claim_products import KINDS_BY_KEY
from publishing.claims import Article, Context, TextUnit, check_article, check_text
from tests.factories import ConditionFactory, TreatmentPageFactory
from tests.publishing.conftest import treatment_post_data
from treatments.models import RelatedTreatment, TreatmentPage

EXOSOMES = Context("approved", KINDS_BY_KEY["exosomes"], cell_free=True)


def rules(text, context=EXOSOMES):
    return [finding.rule for finding in check_text(text, context)]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("F.D.A.\u2011approved", "FDA-approved"),
        ("F. D. A. cleared", "FDA cleared"),
        ("risk\u2010free", "risk-free"),
        ("mir\u200bacle", "miracle"),
        ("Guaranteed\u202fresults", "Guaranteed results"),
        ("\uff26\uff24\uff21 approved", "FDA approved"),
        ("cur\u0435", "cure"),  # a Cyrillic e
        ("no\u00a0side effects", "no side effects"),
    ],
)
def test_typography_is_folded_before_matching(typed, read):
    assert normalise(typed) == read
    assert rules(typed) != []


@pytest.mark.parametrize(
    "text",
    [
        "FDA approved exosome therapy.",
        "Our exosome serum is approved by the FDA.",
        "This F.D.A.-approved treatment regrows hair.",
    ],
)
def test_approval_of_exosomes_is_flagged_even_on_a_page_set_to_approved(text):
    assert "fda_approved" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minoxidil foam is FDA approved for pattern hair loss.",
        "Unlike exosomes, minoxidil is FDA approved.",
        "Baricitinib was approved by the FDA in 2022 for severe alopecia areata.",
        "Laser combs such as the HairMax are FDA cleared devices.",
    ],
)
def test_true_statements_about_other_products_on_the_page_pass(text):
    assert rules(text) == []


def test_a_claim_naming_no_product_is_about_the_pages_product():
    minoxidil = Context("approved", KINDS_BY_KEY["minoxidil"])
    laser = Context("cleared", KINDS_BY_KEY["laser"])
    assert rules("This foam is FDA approved.", minoxidil) == []
    assert rules("This foam is FDA approved.", EXOSOMES) == ["fda_approved"]
    assert rules("This device is FDA cleared.", laser) == []
    # Clearance is not approval.
    assert rules("This device is FDA approved.", laser) == ["fda_approved"]


def article(title, status):
    return Article(units=(TextUnit("Title", title),), regulatory_status=status)


@pytest.mark.parametrize(
    ("title", "status", "refused"),
    [
        ("Exosomes for hair restoration", "approved", True),
        ("Stem cell injections for joints", "approved", True),
        ("Exosome facials", "cleared", True),
        ("Platelet-rich plasma (PRP)", "approved", True),
        ("Exosomes for hair restoration", "not_approved", False),
        ("Minoxidil", "approved", False),
        ("Laser caps", "cleared", False),
    ],
)
def test_an_approved_status_is_refused_for_kinds_nobody_approved(
    title, status, refused
):
    findings = [f for f in check_article(article(title, status)) if f.refused]
    assert bool(findings) is refused
    if refused:
        assert findings[0].where == "Regulatory status"
        # No reason can keep it: it blocks whatever the editor writes.
        reasons = {findings[0].key: "The clinic told us it is approved."}
        assert unacknowledged(findings, reasons) == findings


@pytest.mark.django_db
def test_the_admin_refuses_an_approved_status_on_an_exosome_page(
    admin_client, treatment_index, doctor
):
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Exosome scalp injections",
        slug="exosome-scalp-injections",
        regulatory_status="not_approved",
        medical_reviewer=doctor,
    )
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.post(
        url, treatment_post_data(doctor, regulatory_status="approved")
    )
    assert response.status_code == 200
    assert "No authority has approved exosomes" in str(
        response.context["form"].errors["regulatory_status"]
    )
    page.refresh_from_db()
    assert page.regulatory_status == "not_approved"
    assert page.get_latest_revision() is None  # not even a draft was saved


@pytest.mark.django_db
def test_every_field_a_reader_sees_is_checked(treatment_index):
    condition = ConditionFactory(
        name="Pattern hair loss", description="Exosomes cure it for good."
    )
    other = TreatmentPageFactory(parent=treatment_index, title="Minoxidil", slug="m")
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Exosome scalp injections",
        slug="exosomes",
        regulatory_status="not_approved",
        regulatory_note="FDA approved exosome therapy.",
        seo_title="A miracle for thinning hair",
        search_description="Guaranteed results.",
    )
    page.conditions.add(condition)
    page.save()
    RelatedTreatment.objects.create(page=page, target=other, note="It cures baldness.")
    page = TreatmentPage.objects.get(pk=page.pk)
    places = {(f.rule, f.where) for f in findings_for_page(page)}
    assert {
        ("fda_approved", "Regulatory note"),
        ("miracle", "SEO title"),
        ("guarantee", "Search description"),
        ("cure", "Related link “Minoxidil”, note"),
        ("cure", "Condition “Pattern hair loss”"),
        ("permanent", "Condition “Pattern hair loss”"),
    } <= places
