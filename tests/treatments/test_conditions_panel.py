"""Editors tick conditions in a list of checkboxes, not a Ctrl-click multi-select."""

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from tests.factories import (
    ConditionFactory,
    DoctorFactory,
    TreatmentIndexPageFactory,
    fresh_home_page,
    reference,
)
from treatments.models import TreatmentPage


class ConditionsPanelTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = fresh_home_page()
        cls.index = TreatmentIndexPageFactory(parent=cls.home)
        cls.doctor = DoctorFactory()
        cls.conditions = [
            ConditionFactory(name=name, slug=name.lower().replace(" ", "-"))
            for name in ("Alopecia areata", "Androgenetic alopecia", "Knee pain")
        ]

    def setUp(self):
        self.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(self.user)

    def test_conditions_are_checkboxes(self):
        url = reverse(
            "wagtailadmin_pages:add",
            args=["treatments", "treatmentpage", self.index.pk],
        )
        html = BeautifulSoup(self.client.get(url).content, "html.parser")
        assert html.select("select[name=conditions]") == []
        boxes = html.select("input[type=checkbox][name=conditions]")
        assert [box["value"] for box in boxes] == [
            str(condition.pk) for condition in self.conditions
        ]
        labels = [html.select_one(f"label[for={box['id']}]") for box in boxes]
        assert [label.get_text(strip=True) for label in labels] == [
            condition.name for condition in self.conditions
        ]

    def form_data(self, conditions):
        section = {"heading": "How it works", "content": rich_text("<p>Light.</p>")}
        references = {
            "heading": "References",
            "references": streamfield([("item", reference())]),
        }
        data = nested_form_data(
            {
                "title": "Low-level laser therapy",
                "slug": "low-level-laser-therapy",
                "summary": "Light from a cap or comb applied to the scalp.",
                "evidence_level": "emerging",
                "regulatory_status": "cleared",
                "regulatory_note": "",
                "treatment_kind": "device",
                "medical_reviewer": self.doctor.pk,
                "last_reviewed": "2026-05-01",
                "next_review_due": "2027-05-01",
                "body": streamfield([("section", section), ("references", references)]),
                "related_treatments": inline_formset([]),
            }
        )
        # Ticked boxes post one value each (nested_form_data numbers lists).
        data["conditions"] = [condition.pk for condition in conditions]
        return data

    def test_ticking_two_conditions_keeps_both(self):
        first, _, third = self.conditions
        self.assertCanCreate(self.index, TreatmentPage, self.form_data([first, third]))
        page = TreatmentPage.objects.get(slug="low-level-laser-therapy")
        assert set(page.conditions.all()) == {first, third}
