"""The page editor runs without Wagtail's autosave (see portal/settings/base.py).

tests/browser/test_editor_keeps_work.py shows why in a browser; this checks
the editor a user gets, on the create and the edit view.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db


def editor_form(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one("form[data-edit-form]")


def test_create_and_edit_views_carry_no_autosave(admin_client, treatment_index):
    page = TreatmentPageFactory(parent=treatment_index)
    urls = [
        reverse(
            "wagtailadmin_pages:add",
            args=["treatments", "treatmentpage", treatment_index.pk],
        ),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
    ]
    for url in urls:
        form = editor_form(admin_client.get(url))
        assert "w-unsaved" in form["data-controller"].split(), url
        assert "w-autosave" not in form["data-controller"].split(), url
        assert not form.has_attr("data-w-autosave-interval-value"), url
