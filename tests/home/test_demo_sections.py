"""load_demo's conditions and doctors sections: built once, kept as editors
leave them, every page serving, and the demo text within the content rules."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command

from treatments.models import Condition, ConditionIndexPage, Doctor, DoctorIndexPage

from .test_demo import banned_phrases_in

pytestmark = pytest.mark.django_db

HAIR_CONDITIONS = ["androgenetic-alopecia", "telogen-effluvium", "alopecia-areata"]


def load_demo():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    cache.clear()
    return output.getvalue()


def soup(client, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_sections_are_built_once_and_editors_changes_kept():
    load_demo()
    section = ConditionIndexPage.objects.get()
    edited = section.get_latest_revision_as_object()
    edited.title = "Health conditions"
    edited.save_revision().publish()
    condition = Condition.objects.get(slug="telogen-effluvium")
    condition.overview = "<p>Edited by an editor.</p>"
    condition.save()

    assert "nothing changed" in load_demo()

    assert ConditionIndexPage.objects.get().title == "Health conditions"
    assert DoctorIndexPage.objects.count() == 1
    assert Condition.objects.get(slug=condition.slug).overview == (
        "<p>Edited by an editor.</p>"
    )


def test_every_condition_and_doctor_page_serves(client, demo_content):
    for condition in Condition.objects.all():
        html = soup(client, f"/conditions/{condition.slug}/")
        assert html.select_one("h1").text == condition.name
    for doctor in Doctor.objects.all():
        html = soup(client, f"/doctors/{doctor.slug}/")
        assert html.select_one(".doctor__sample"), doctor.name
    assert soup(client, "/").select_one(".site-nav a[href='/conditions/']")


def test_hair_conditions_have_plain_text_and_no_banned_claims(demo_content):
    for slug in HAIR_CONDITIONS:
        condition = Condition.objects.get(slug=slug)
        assert condition.overview and condition.when_to_get_help, slug
        assert condition.lay_name_list, slug
        text = re.sub(r"<[^>]+>", " ", condition.overview + condition.when_to_get_help)
        assert banned_phrases_in(text) == [], slug
    # No organisation the verified sources do not name: left for editors.
    assert not any(c.support_organisations.exists() for c in Condition.objects.all())


def test_telogen_effluvium_is_reachable_and_lists_no_treatments(client, demo_content):
    html = soup(client, "/conditions/telogen-effluvium/")
    assert html.select(".card") == []
    assert html.select_one(".condition__no-treatments")
    entries = {
        li.get_text(" ", strip=True)
        for li in soup(client, "/treatments/a-z/").select(".a-to-z__entry")
    }
    assert "Telogen effluvium (condition)" in entries
    assert "hair loss: see Androgenetic alopecia" in entries


def test_every_article_links_its_reviewer_to_a_sample_profile(client, demo_content):
    html = soup(client, "/treatments/minoxidil/")
    href = html.select_one(".article__byline a.reviewer")["href"]
    assert href.startswith("/doctors/")
    assert soup(client, href).select_one(".doctor__sample")
