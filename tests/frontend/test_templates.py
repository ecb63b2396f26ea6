"""Page templates: landmarks, one h1, the hero image renditions, error pages."""

import pytest
from bs4 import BeautifulSoup
from django.template.loader import render_to_string
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import TreatmentPageFactory
from tests.html import soup

pytestmark = pytest.mark.django_db

EXOSOME_URL = "/treatments/exosomes-for-hair-restoration/"


def assert_page_skeleton(html):
    assert len(html.select("h1")) == 1
    assert html.select_one("a.skip-link")["href"] == "#main-content"
    assert html.select_one("main#main-content") is not None
    assert html.select_one("header.site-header") is not None
    assert html.select_one("footer.site-footer") is not None
    assert html.select_one('nav[aria-label="Main"]') is not None
    assert html.select_one('[role="search"] label[for="site-search-input"]')


def test_home_page_has_hero_featured_conditions_and_call_to_action(client, demo):
    html = soup(client.get("/"))
    assert_page_skeleton(html)
    assert html.select_one(".hero h1")
    assert len(html.select("#featured-heading ~ .card-grid .card")) >= 3
    assert len(html.select(".condition-list li a")) >= 3
    assert html.select_one(".cta a.button")["href"] == "/inquire/"


def test_treatment_index_has_cards_and_condition_filters(client, demo):
    html = soup(client.get("/treatments/"))
    assert_page_skeleton(html)
    assert len(html.select(".card-grid .card .card__title a")) >= 4
    filters = html.select('nav.filters a[href^="?condition="]')
    assert filters
    assert html.select_one('nav.filters a[aria-current="true"]').get_text(
        strip=True
    ) == ("All conditions")


def test_exosome_article_structure(client, demo):
    html = soup(client.get(EXOSOME_URL))
    assert_page_skeleton(html)
    assert html.select_one("details.toc__details[open] summary")
    assert len(html.select(".toc a")) >= 4
    assert html.select("details.faq__item summary")
    assert html.select(".related .card")
    # Headings never skip a level below the single h1.
    levels = [int(tag.name[1]) for tag in html.select("main h1, main h2, main h3")]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    sheet = html.select_one(".article__tools a")
    assert (
        sheet["href"] == "/treatments/exosomes-for-hair-restoration/appointment-sheet/"
    )


def test_callouts_say_what_they_are_to_screen_readers(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        body=[
            (
                "callout",
                {"variant": "warning", "title": "", "text": "<p>Mind this.</p>"},
            ),
            ("references", {"heading": "References", "references": []}),
        ],
    )
    html = soup(client.get(page.url))
    label = html.select_one(".callout--warning .callout__label")
    assert label.select_one(".visually-hidden").get_text() == "Warning: "
    assert "Important" in label.get_text()


def test_hero_image_is_a_lazy_responsive_rendition(client, treatment_index):
    image = Image.objects.create(
        title="Scalp", file=get_test_image_file(size=(1600, 900))
    )
    page = TreatmentPageFactory(parent=treatment_index, hero_image=image)
    img = soup(client.get(page.url)).select_one(".article__hero img")
    assert img["loading"] == "lazy"
    assert img["width"] and img["height"]
    assert img["alt"] == ""
    widths = [entry.split()[-1] for entry in img["srcset"].split(",")]
    assert widths == ["480w", "800w", "1200w"]
    assert "/images/" in img["src"]


def test_image_block_is_one_lazy_responsive_rendition_with_its_alt_text(
    client, treatment_index
):
    image = Image.objects.create(
        title="Scalp", file=get_test_image_file(size=(1600, 900))
    )
    page = TreatmentPageFactory(
        parent=treatment_index,
        body=[
            (
                "image",
                {
                    "image": image,
                    "alt_text": "A scalp after six sessions",
                    "caption": "After treatment",
                    "credit": "Clinic",
                },
            ),
            ("references", {"heading": "References", "references": []}),
        ],
    )
    figure = soup(client.get(page.url)).select_one("figure.figure")
    [img] = figure.select("img")
    assert img["alt"] == "A scalp after six sessions"
    assert img["loading"] == "lazy"
    assert (img["width"], img["height"]) == ("800", "450")
    candidates = dict(entry.split()[::-1] for entry in img["srcset"].split(","))
    assert sorted(candidates) == ["400w", "800w"]
    assert img["src"] == candidates["800w"]
    assert img["sizes"] == "(max-width: 800px) 100vw, 800px"
    assert figure.select_one("figcaption").get_text(" ", strip=True) == (
        "After treatment Credit: Clinic"
    )


def test_not_found_page_matches_the_site(client, demo):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = soup(response)
    assert_page_skeleton(html)
    assert html.select_one('.error-page form[role="search"] input[name="q"]')


def test_server_error_page_renders_without_a_request():
    html = BeautifulSoup(render_to_string("500.html"), "html.parser")
    assert len(html.select("h1")) == 1
    assert html.select_one("main#main-content")
    assert html.select_one('link[rel="stylesheet"]')["href"].endswith("css/site.css")
