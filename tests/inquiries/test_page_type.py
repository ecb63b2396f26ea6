"""The inquiry form page's place in the tree and its admin creation."""

import pytest
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage, PolicyPage
from inquiries.models import InquiryFormPage
from treatments.models import (
    ConditionIndexPage,
    DoctorIndexPage,
    TreatmentIndexPage,
    TreatmentPage,
)


@pytest.mark.django_db
class TestInquiryFormPageType(WagtailPageTestCase):
    def test_parent_page_types(self):
        self.assertAllowedParentPageTypes(InquiryFormPage, {HomePage})

    def test_subpage_types(self):
        self.assertAllowedSubpageTypes(InquiryFormPage, {})

    def test_home_allows_the_form_page(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                TreatmentIndexPage,
                ConditionIndexPage,
                DoctorIndexPage,
                InquiryFormPage,
                PolicyPage,
            },
        )
        assert TreatmentPage not in HomePage.allowed_subpage_models()

    def test_admin_can_create_it_with_fields(self):
        from wagtail.models import Page

        from tests.factories import HomePageFactory

        home = HomePageFactory(parent=Page.get_first_root_node(), slug="home2")
        self.login()
        self.assertCanCreate(
            home,
            InquiryFormPage,
            nested_form_data(
                {
                    "title": "Ask a doctor",
                    "slug": "inquire",
                    "introduction": rich_text("<p>Ask us.</p>"),
                    "reply_expectation": "within two working days",
                    "thank_you_text": rich_text(""),
                    "from_address": "",
                    "form_fields": inline_formset(
                        [
                            {
                                "label": "Your name",
                                "field_type": "name",
                                "required": "on",
                            },
                            {"label": "Treatment", "field_type": "treatment"},
                            {
                                "label": "I agree",
                                "field_type": "consent",
                                "required": "on",
                            },
                        ]
                    ),
                }
            ),
        )
        page = InquiryFormPage.objects.get(slug="inquire")
        assert [f.field_type for f in page.form_fields.all()] == [
            "name",
            "treatment",
            "consent",
        ]


@pytest.mark.django_db
class TestInquiryFormPagePreview(WagtailPageTestCase):
    def test_form_and_thank_you_previews_render(self):
        from wagtail.models import Page

        from inquiries import demo
        from tests.factories import HomePageFactory

        home = HomePageFactory(parent=Page.get_first_root_node(), slug="home3")
        demo.build(home, log=lambda message: None)
        page = InquiryFormPage.objects.get()
        self.assertPageIsPreviewable(page, mode="form")
        self.assertPageIsPreviewable(page, mode="landing")
