"""import_article --publish passes through the claims check like the editor does."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import ConditionFactory, DoctorFactory
from treatments.models import TreatmentPage

pytestmark = pytest.mark.django_db

SAMPLE = (
    Path(__file__).parents[1] / "treatments" / "samples" / "platelet-rich-plasma.md"
)


@pytest.fixture
def publish_options(treatment_index):
    doctor = DoctorFactory()
    condition = ConditionFactory(slug="hair-loss", name="Hair loss")
    return {
        "parent": "/treatments/",
        "publish": True,
        "evidence_level": "emerging",
        "regulatory_status": "not_approved",
        "reviewer": doctor.name,
        "conditions": [condition.slug],
    }


def import_text(tmp_path, text, **options):
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    call_command("import_article", str(path), stdout=StringIO(), **options)


def test_a_risky_claim_keeps_the_import_a_draft(tmp_path, publish_options):
    text = SAMPLE.read_text(encoding="utf-8").replace(
        "\n\n", "\n\nResults are guaranteed to cure baldness.\n\n", 1
    )
    with pytest.raises(CommandError) as error:
        import_text(tmp_path, text, **publish_options)
    assert "Claims check" in str(error.value)
    assert "Guaranteed" in str(error.value) or "guaranteed" in str(error.value)
    page = TreatmentPage.objects.get()
    assert not page.live


def test_a_clean_article_is_published(tmp_path, publish_options):
    import_text(tmp_path, SAMPLE.read_text(encoding="utf-8"), **publish_options)
    assert TreatmentPage.objects.get().live
