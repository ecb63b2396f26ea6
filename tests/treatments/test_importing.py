"""treatments.importing on its own: the functions import_article calls."""

import datetime

import pytest
from wagtail.models import Page

from tests.factories import ConditionFactory, DoctorFactory
from treatments import importing
from treatments.importer import command_support, parse_article
from treatments.importing import ImportProblem
from treatments.models import TreatmentPage
from treatments.review_dates import default_next_review

ARTICLE = parse_article(
    "# Minoxidil\n\nA lotion for thinning hair.\n\n## How it works\n\nIt widens "
    "blood vessels.\n\n## References\n\n- Adil A, Godwin M. Treatments. "
    "J Am Acad Dermatol, 2017. PMID: 28396101\n",
    "markdown",
)


def test_default_next_review_keeps_the_day_or_falls_back_on_29_february():
    assert default_next_review(datetime.date(2026, 5, 1)) == datetime.date(2027, 5, 1)
    assert default_next_review(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)


def test_review_dates_are_not_among_the_page_fields(db):
    fields, _ = importing.page_fields(
        {"evidence_level": "established", "last_reviewed": "2026-05-01"}
    )
    assert fields == {"evidence_level": "established"}


@pytest.mark.parametrize(
    ("given", "title", "expected"),
    [
        (None, "Topical minoxidil (5%)", "topical-minoxidil-5"),
        ("my-slug", "Anything", "my-slug"),
        (None, "Ménière’s disease", "ménières-disease"),
    ],
)
def test_choose_slug(given, title, expected):
    assert importing.choose_slug(given, title) == expected


def test_choose_slug_refuses_what_cannot_be_a_slug():
    with pytest.raises(ImportProblem, match="Cannot make a slug"):
        importing.choose_slug(None, "!!!")
    with pytest.raises(ImportProblem, match="“a b” is not a valid slug"):
        importing.choose_slug("a b", "T")


def test_contents_lines_name_every_block_callouts_by_title():
    article = parse_article(
        "# T\n\nIntro.\n\n::: callout warning Not approved\nText.\n:::\n", "markdown"
    )
    assert command_support.contents_lines(article) == [
        "0 sections, 0 FAQ items, 0 references:",
        "  callout: Not approved",
    ]
    assert command_support.contents_lines(ARTICLE)[0] == (
        "1 section, 0 FAQ items, 1 reference:"
    )


def test_front_matter_fills_only_the_options_left_off():
    metadata = {
        "slug": "from-file",
        "evidence_level": "emerging",
        "last_reviewed": datetime.date(2026, 5, 1),
        "related": [],
    }
    options = {"slug": None, "evidence_level": "established"}
    # Review dates never come from the file: only an approval sets them.
    assert command_support.with_front_matter(options, metadata) == {
        "slug": "from-file",
        "evidence_level": "established",
    }
    assert command_support.front_matter_warnings(metadata) == [
        "front matter “related” is not imported: link related treatments in the editor",
        "front matter “last_reviewed” is not imported: review dates are set when "
        "a medical reviewer approves the article",
    ]
    assert command_support.front_matter_warnings({}) == []


def test_read_article_file_refuses_missing_and_unreadable_files(tmp_path):
    with pytest.raises(ImportProblem, match="No such file"):
        importing.read_article_file(tmp_path / "gone.md")
    with pytest.raises(ImportProblem, match="Not a file"):
        importing.read_article_file(tmp_path)
    (tmp_path / "a.docx").write_bytes(b"text")
    with pytest.raises(ImportProblem, match="a.docx: Unsupported file type"):
        importing.read_article_file(tmp_path / "a.docx")


@pytest.mark.django_db
def test_resolve_parent_takes_a_pasted_address_and_refuses_other_pages(
    treatment_index, home_page
):
    assert importing.resolve_parent("https://example.org/treatments") == (
        treatment_index
    )
    with pytest.raises(ImportProblem, match="is a home page; --parent must"):
        importing.resolve_parent("/")
    with pytest.raises(ImportProblem, match="No page at /nowhere/"):
        importing.resolve_parent("/nowhere/")


@pytest.mark.django_db
def test_find_reviewer_by_id_or_exact_name():
    doctor = DoctorFactory(name="Dr Ada Sample")
    assert importing.find_reviewer(str(doctor.pk)) == doctor
    assert importing.find_reviewer("Dr Ada Sample") == doctor
    assert importing.find_reviewer(None) is None
    with pytest.raises(ImportProblem, match="No doctor named “Dr Ada”"):
        importing.find_reviewer("Dr Ada")
    twin = DoctorFactory(name="Dr Ada Sample")
    with pytest.raises(ImportProblem, match=f"use an id \\({doctor.pk}, {twin.pk}\\)"):
        importing.find_reviewer("Dr Ada Sample")


@pytest.mark.django_db
def test_find_conditions_keeps_order_and_names_unknown_slugs():
    first, second = ConditionFactory(slug="a"), ConditionFactory(slug="b")
    assert importing.find_conditions(["b", "a", "b"]) == [second, first]
    with pytest.raises(ImportProblem, match=r"Unknown condition slug\(s\): x, y\."):
        importing.find_conditions(["a", "x", "y"])


@pytest.mark.django_db
def test_save_draft_then_publish_only_when_complete(treatment_index):
    page, created = importing.save_draft(
        treatment_index, "minoxidil", ARTICLE, {}, None
    )
    assert created and not page.live
    with pytest.raises(ImportProblem, match="not published. It needs:") as refused:
        importing.publish_latest_revision(page)
    assert "--reviewer (a doctor's id or exact name)" in str(refused.value)
    assert "at least one reference" not in str(refused.value)

    fields, conditions = importing.page_fields(
        {
            "evidence_level": "established",
            "regulatory_status": "approved",
            "reviewer": DoctorFactory().name,
            "conditions": [ConditionFactory().slug],
        }
    )
    again, created = importing.save_draft(
        treatment_index, "minoxidil", ARTICLE, fields, conditions
    )
    assert again.pk == page.pk and not created
    importing.publish_latest_revision(again)
    page = TreatmentPage.objects.get(pk=page.pk)
    assert page.live and page.next_review_due is None  # published, not reviewed
    assert page.revisions.count() == 2


@pytest.mark.django_db
def test_save_draft_refuses_a_slug_taken_by_another_page_type(treatment_index):
    treatment_index.add_child(instance=Page(title="Other", slug="other"))
    with pytest.raises(ImportProblem, match="other under Treatments is not a"):
        importing.save_draft(treatment_index, "other", ARTICLE, {}, None)
