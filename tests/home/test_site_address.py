"""The default Site takes its address from settings, so absolute URLs carry
the real host: canonical links, JSON-LD and the appointment sheet."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Site

from tests.factories import TreatmentPageFactory
from treatments.sites import configured_address

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_cached_sites():
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("base_url", "address"),
    [
        ("https://guide.example.org", ("guide.example.org", 443)),
        ("http://guide.example.org/", ("guide.example.org", 80)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("https://guide.example.org:8443/", ("guide.example.org", 8443)),
    ],
)
def test_the_address_comes_from_wagtailadmin_base_url(settings, base_url, address):
    settings.WAGTAILADMIN_BASE_URL = base_url
    assert configured_address() == address


def test_migrate_gives_the_default_site_the_configured_host(
    settings, client, treatment_index
):
    page = TreatmentPageFactory(parent=treatment_index, slug="prp")
    settings.WAGTAILADMIN_BASE_URL = "https://guide.example.org"
    assert Site.objects.get(is_default_site=True).hostname == "testserver"

    call_command("migrate", verbosity=0)  # what every deploy runs

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("guide.example.org", 443)
    cache.clear()
    # Asked for at testserver: the URLs come from the Site record, not the request.
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    real = "https://guide.example.org/treatments/prp/"
    assert html.select_one('link[rel="canonical"]')["href"] == real
    documents = [
        json.loads(script.string)
        for script in html.select('script[type="application/ld+json"]')
    ]
    assert real in json.dumps(documents)
    sheet = BeautifulSoup(
        client.get(page.url + "appointment-sheet/").content, "html.parser"
    )
    assert sheet.select_one(".sheet__url").get_text() == real


def test_the_demo_site_is_built_at_the_configured_host(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    call_command("load_demo", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
