"""Tree rules and the admin: where pages may live, and creating one as an editor."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage
from tests.factories import (
    DoctorFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
    fresh_home_page,
    reference,
)
from treatments.models import TreatmentIndexPage, TreatmentPage


class TreeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_treatment_index_lives_only_under_home(self):
        self.assertAllowedParentPageTypes(TreatmentIndexPage, {HomePage})
        self.assertCanNotCreateAt(TreatmentIndexPage, TreatmentIndexPage)

    def test_treatments_live_only_under_the_index(self):
        self.assertAllowedParentPageTypes(TreatmentPage, {TreatmentIndexPage})
        self.assertAllowedSubpageTypes(TreatmentIndexPage, {TreatmentPage})
        self.assertAllowedSubpageTypes(TreatmentPage, set())
        self.assertCanNotCreateAt(HomePage, TreatmentPage)


class PageBehaviourTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = fresh_home_page()
        cls.index = TreatmentIndexPageFactory(parent=cls.home)
        cls.treatment = TreatmentPageFactory(parent=cls.index, title="Minoxidil")
        cls.doctor = DoctorFactory()

    def setUp(self):
        self.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(self.user)

    def test_each_page_type_is_routable_and_renderable(self):
        for page in (self.home, self.index, self.treatment):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)

    def test_treatment_page_is_editable_and_previewable(self):
        data = self.treatment_form_data(title="Minoxidil", slug=self.treatment.slug)
        data.update(nested_form_data({"related_treatments": inline_formset([])}))
        self.assertPageIsEditable(self.treatment, post_data=data)
        self.assertPageIsPreviewable(self.treatment, post_data=data)

    def test_preview_shows_related_links_not_yet_saved(self):
        other = TreatmentPageFactory(parent=self.index, title="Finasteride")
        data = self.treatment_form_data(title="Minoxidil", slug=self.treatment.slug)
        link = {"target": other.pk, "relation_type": "alternative", "note": ""}
        data.update(nested_form_data({"related_treatments": inline_formset([link])}))
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.treatment.pk])
        self.assertEqual(self.client.post(url, data).json()["is_valid"], True)
        html = self.client.get(url).content.decode()
        # Rendered from the form's in-memory links: nothing was saved.
        self.assertIn('<a href="/treatments/' + other.slug + '/">Finasteride</a>', html)
        self.assertFalse(self.treatment.related_treatments.exists())

    def treatment_form_data(self, **overrides):
        data = {
            "title": "Low-level laser therapy",
            "slug": "low-level-laser-therapy",
            "summary": "Light from a cap or comb applied to the scalp.",
            "evidence_level": "emerging",
            "regulatory_status": "cleared",
            "treatment_kind": "device",
            "regulatory_note": "",
            "conditions": [],
            "medical_reviewer": self.doctor.pk,
            "body": streamfield(
                [
                    (
                        "section",
                        {
                            "heading": "How it works",
                            "content": rich_text("<p>Light.</p>"),
                        },
                    ),
                    (
                        "references",
                        {
                            "heading": "References",
                            "references": streamfield([("item", reference())]),
                        },
                    ),
                ]
            ),
            "related_treatments": inline_formset(
                [
                    {
                        "target": self.treatment.pk,
                        "relation_type": "alternative",
                        "note": "",
                    }
                ]
            ),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_editor_creates_and_publishes_a_treatment(self):
        self.assertCanCreate(self.index, TreatmentPage, self.treatment_form_data())
        page = TreatmentPage.objects.get(slug="low-level-laser-therapy")
        assert page.live
        assert page.last_reviewed is None  # published, not reviewed
        assert [link.target for link in page.related_treatments.all()] == [
            self.treatment
        ]
        response = self.client.get(page.url)
        assert response.status_code == 200
        assert b"How it works" in response.content

    def test_publishing_without_a_reference_says_what_to_fix(self):
        data = self.treatment_form_data(
            body=streamfield(
                [
                    (
                        "section",
                        {"heading": "Only text", "content": rich_text("<p>x</p>")},
                    )
                ]
            )
        )
        data["action-publish"] = "action-publish"
        response = self.client.post(
            f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data
        )
        assert response.status_code == 200
        assert "Add a References block" in response.content.decode()
        assert not TreatmentPage.objects.filter(slug="low-level-laser-therapy").exists()

    def test_a_draft_may_be_saved_without_a_reference_or_reviewer(self):
        data = self.treatment_form_data(
            medical_reviewer="",
            body=streamfield(
                [("section", {"heading": "Notes", "content": rich_text("<p>x</p>")})]
            ),
        )
        response = self.client.post(
            f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data
        )
        assert response.status_code == 302
        page = TreatmentPage.objects.get(slug="low-level-laser-therapy")
        assert not page.live

    def test_bad_doi_and_pmid_are_explained(self):
        bad = reference(doi="doi.org/10.1/x", pmid="PMID123")
        data = self.treatment_form_data(
            body=streamfield(
                [
                    (
                        "references",
                        {
                            "heading": "References",
                            "references": streamfield([("item", bad)]),
                        },
                    )
                ]
            )
        )
        response = self.client.post(
            f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert "A DOI looks like 10.1111/jocd.15869" in html
        assert "A PubMed ID is a number" in html

    def test_review_dates_are_not_typed_in_the_editor(self):
        # Read-only: only an approval sets them, so posted values are ignored.
        data = self.treatment_form_data(
            last_reviewed="2026-05-01", next_review_due="2027-05-01"
        )
        data["action-publish"] = "action-publish"
        response = self.client.post(
            f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data
        )
        assert response.status_code == 302
        page = TreatmentPage.objects.get(slug="low-level-laser-therapy")
        assert (page.last_reviewed, page.next_review_due) == (None, None)
        form = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert 'name="last_reviewed"' not in form
        assert 'name="next_review_due"' not in form

    def test_review_due_must_follow_last_review(self):
        page = TreatmentPage(
            last_reviewed=datetime.date(2026, 5, 1),
            next_review_due=datetime.date(2026, 1, 1),
        )
        with pytest.raises(ValidationError, match="must fall after the last review"):
            page.clean()

    def test_related_treatment_cannot_be_listed_twice(self):
        data = self.treatment_form_data(
            related_treatments=inline_formset(
                [
                    {"target": self.treatment.pk, "relation_type": "alternative"},
                    {"target": self.treatment.pk, "relation_type": "see_also"},
                ]
            )
        )
        response = self.client.post(
            f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data
        )
        assert response.status_code == 200
        assert "This treatment is already linked above." in response.content.decode()
