"""wagtail-seo meta tags, the sitemap, robots.txt and redirects."""

from xml.etree import ElementTree

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction, get_page_models
from wagtailseo.models import SeoMixin

from tests.factories import TreatmentPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
OUR_APPS = {"home", "treatments", "search", "inquiries", "publishing"}


def meta(html, **attrs):
    tag = html.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_every_page_type_of_ours_uses_the_seo_mixin():
    ours = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]
    assert {model.__name__ for model in ours} >= {
        "HomePage",
        "TreatmentIndexPage",
        "TreatmentPage",
    }
    for model in ours:
        assert issubclass(model, SeoMixin), model
    assert apps.is_installed("wagtail.contrib.redirects")


def test_treatment_meta_tags_come_from_summary_and_hero_image(client, treatment_index):
    image = wagtail_factories.ImageFactory(title="Scalp")
    page = TreatmentPageFactory(
        parent=treatment_index,
        title="Topical minoxidil",
        summary="A foam applied to the scalp once or twice a day.",
        hero_image=image,
    )
    html = soup(client.get(page.url))
    assert html.title.get_text() == "Topical minoxidil | Test"
    assert meta(html, name="description") == page.summary
    assert html.find("link", rel="canonical")["href"] == page.full_url
    assert meta(html, property="og:description") == page.summary
    assert meta(html, property="og:url") == page.full_url
    assert meta(html, property="og:type") == "article"
    og_image = meta(html, property="og:image")
    assert og_image.startswith("http://testserver/media/")
    assert meta(html, name="twitter:image") == og_image
    assert meta(html, name="twitter:title") == "Topical minoxidil | Test"


def test_meta_tags_escape_what_editors_type(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        title='Hair & "scalp" <care>',
        summary='Dose < 5% & "twice" a day, with <b>care</b>.',
    )
    raw = client.get(page.url).content.decode()
    assert 'content="Dose &lt; 5% &amp; &quot;twice&quot; a day' in raw
    assert "<b>care</b>" not in raw.split("</head>")[0]
    html = BeautifulSoup(raw, "html.parser")
    assert meta(html, name="description") == page.summary
    assert html.title.get_text().startswith('Hair & "scalp" <care>')


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=SITEMAP_NS): url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in root.findall("sm:url", SITEMAP_NS)
    }


def test_sitemap_lists_live_public_pages_with_lastmod(client, treatment_index):
    live = TreatmentPageFactory(parent=treatment_index, slug="live-article")
    live.save_revision().publish()
    live.refresh_from_db()
    TreatmentPageFactory(parent=treatment_index, slug="draft-article", live=False)
    private = TreatmentPageFactory(parent=treatment_index, slug="private-article")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="secret"
    )
    entries = sitemap_entries(client)
    assert "http://testserver/treatments/live-article/" in entries
    assert not any("draft-article" in url for url in entries)
    assert not any("private-article" in url for url in entries)
    assert entries["http://testserver/treatments/live-article/"].startswith(
        f"{live.last_published_at:%Y-%m-%d}"
    )


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines


def test_redirects_send_old_paths_to_the_page(client, treatment_index):
    page = TreatmentPageFactory(parent=treatment_index, slug="exosomes")
    Redirect.objects.create(old_path="/old-exosome-article", redirect_page=page)
    response = client.get("/old-exosome-article/")
    assert response.status_code == 301
    assert response.url in (page.url, page.full_url)
