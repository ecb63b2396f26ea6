"""What a treatment is, and a medicine's prescription status."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db


def test_a_new_treatment_is_another_therapy_until_an_editor_says_otherwise(
    treatment_index,
):
    page = TreatmentPageFactory(parent=treatment_index)
    assert page.treatment_kind == "therapy"
    assert page.prescription_status == ""


def test_only_a_medicine_has_a_prescription_status(treatment_index):
    page = TreatmentPageFactory(parent=treatment_index, treatment_kind="device")
    page.prescription_status = "otc"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["prescription_status"] == [
        "Only a medicine has a prescription status."
    ]
    page.treatment_kind = "drug"
    page.full_clean()
