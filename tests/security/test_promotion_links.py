"""An editor's promotion link with a scheme we do not serve (ftp:, javascript:)
is refused by the admin form with a message on the field, never a 500, and
nothing is saved."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.contrib.search_promotions.models import SearchPromotion

from treatments.validators import LINK_HELP

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_editor(hostile_client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="promoter", email="promoter@example.org", password="password"
    )
    hostile_client.force_login(user)
    return hostile_client


def promotion_post(url):
    return {
        "query_string": "hair loss",
        "editors_picks-TOTAL_FORMS": 1,
        "editors_picks-INITIAL_FORMS": 0,
        "editors_picks-MAX_NUM_FORMS": 1000,
        "editors_picks-0-DELETE": "",
        "editors_picks-0-ORDER": 0,
        "editors_picks-0-page": "",
        "editors_picks-0-external_link_url": url,
        "editors_picks-0-external_link_text": "Our leaflet",
        "editors_picks-0-description": "A leaflet",
    }


@pytest.mark.parametrize(
    "url", ["ftp://files.example.org/leaflet.pdf", "javascript:alert(1)"]
)
def test_a_promotion_link_with_another_scheme_is_a_form_error(admin_editor, url):
    response = admin_editor.post(
        reverse("wagtailsearchpromotions:add"), promotion_post(url)
    )
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one("[name='editors_picks-0-external_link_url']")
    assert field is not None and field.get("value") == url  # the form, again
    assert LINK_HELP in soup.get_text()
    assert not SearchPromotion.objects.exists()


def test_a_web_promotion_link_is_saved(admin_editor):
    url = "https://example.org/leaflet"
    response = admin_editor.post(
        reverse("wagtailsearchpromotions:add"), promotion_post(url)
    )
    assert response.status_code == 302
    assert SearchPromotion.objects.get().external_link_url == url
