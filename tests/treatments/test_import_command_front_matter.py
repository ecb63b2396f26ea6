"""import_article on a file with front matter, containers and [@key] citations:
a demo article, imported by hand."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import ConditionFactory, DoctorFactory
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).parents[2] / "home" / "demo"
MINOXIDIL = DEMO / "articles" / "minoxidil.md"
LIBRARY = DEMO / "references.ini"


def run(*args, **options):
    out = StringIO()
    call_command("import_article", *map(str, args), stdout=out, **options)
    return out.getvalue()


def demo_snippets():
    ConditionFactory(name="Androgenetic alopecia", slug="androgenetic-alopecia")
    return DoctorFactory(name="Dr Alex Rivera (sample)")


def test_front_matter_fills_the_options_and_the_article_publishes(treatment_index):
    doctor = demo_snippets()
    output = run(MINOXIDIL, parent="/treatments/", references=LIBRARY, publish=True)

    page = TreatmentPage.objects.get(slug="minoxidil")
    assert page.live and page.medical_reviewer == doctor
    assert (page.evidence_level, page.regulatory_status) == ("established", "approved")
    assert [c.slug for c in page.conditions.all()] == ["androgenetic-alopecia"]
    assert (page.last_reviewed, page.next_review_due) == (None, None)  # no review
    types = [block.block_type for block in page.body]
    assert {"key_facts", "callout", "urgent_care", "faq", "references"} <= set(types)
    assert "  key_facts: Key facts" in output
    assert "1 warnings:\n  front matter “related” is not imported" in output


def test_review_dates_in_front_matter_are_not_imported(treatment_index, tmp_path):
    demo_snippets()
    article = tmp_path / "minoxidil.md"
    article.write_text(
        MINOXIDIL.read_text().replace(
            "reviewer: ",
            "last_reviewed: 2026-05-04\nnext_review_due: 2027-01-31\nreviewer: ",
            1,
        )
    )
    output = run(article, parent="/treatments/", references=LIBRARY, publish=True)
    page = TreatmentPage.objects.get(slug="minoxidil")
    assert page.live
    assert (page.last_reviewed, page.next_review_due) == (None, None)
    assert page.get_latest_revision_as_object().last_reviewed is None
    for name in ("last_reviewed", "next_review_due"):
        assert f"front matter “{name}” is not imported: review dates are set" in output


def test_options_given_win_over_the_front_matter(treatment_index):
    demo_snippets()
    run(
        MINOXIDIL,
        parent="/treatments/",
        references=LIBRARY,
        slug="minoxidil-lotion",
        evidence_level="emerging",
    )
    draft = TreatmentPage.objects.get(slug="minoxidil-lotion")
    assert draft.get_latest_revision_as_object().evidence_level == "emerging"


def test_citations_without_a_library_change_nothing(treatment_index):
    demo_snippets()
    with pytest.raises(CommandError, match="minoxidil.md: line .*none was given"):
        run(MINOXIDIL, parent="/treatments/")
    with pytest.raises(CommandError, match="No such file: nowhere.ini"):
        run(MINOXIDIL, parent="/treatments/", references="nowhere.ini")
    assert not TreatmentPage.objects.exists()
