"""Print, favicon, meta descriptions and the development 404 page."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory

from home.not_found import SiteNotFoundPageMiddleware
from inquiries import demo as inquiries_demo
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    DoctorIndexPageFactory,
    TreatmentPageFactory,
)
from tests.html import soup

pytestmark = pytest.mark.django_db

SITE_NAME = "Clinic Network Treatment Guide"
PRINT_SHEET = 'link[rel="stylesheet"][media="print"][href$="css/print.css"]'


def print_header(html):
    header = html.select_one(".print-header")
    return " ".join(header.get_text(" ", strip=True).split())


def test_a_printed_article_names_the_site_its_address_and_review_dates(
    client, treatment_index
):
    page = TreatmentPageFactory(parent=treatment_index, slug="prp")
    html = soup(client.get(page.url))
    assert html.select_one(PRINT_SHEET)
    text = print_header(html)
    assert SITE_NAME in text
    assert "http://testserver/treatments/prp/" in text
    assert "Last reviewed 1 June 2026. Next review due June 2027." in text
    sheet = soup(client.get(page.url + "appointment-sheet/"))
    assert "http://testserver/treatments/prp/appointment-sheet/" in print_header(sheet)
    assert "Last reviewed 1 June 2026" in print_header(sheet)


def test_pages_without_a_review_say_where_they_are_and_when_they_were_updated(
    client, home_page
):
    for url in ("/search/?q=hair", "/treatments/a-z/", home_page.url):
        html = soup(client.get(url))
        assert html.select_one(PRINT_SHEET), url
        text = print_header(html)
        assert SITE_NAME in text, url
        path = url.split("?")[0]  # what a visitor typed stays off the paper
        assert f"http://testserver{path}" in text and "?" not in text, url
    home_page.save_revision().publish()  # now it has a publication date
    assert "Last updated" in print_header(soup(client.get(home_page.url)))


def test_print_hides_navigation_search_and_forms_and_keeps_lists(settings):
    css = (settings.BASE_DIR / "static" / "css" / "print.css").read_text()
    hidden = css.split("{ display: none !important; }")[0]
    for selector in (".site-nav", ".site-search", "form", '[role="search"]', ".toc"):
        assert f"{selector}," in hidden or f"{selector} " in hidden, selector
    assert ".print-header { display: block !important;" in css
    assert "main ul { list-style: disc;" in css
    assert "main ol { list-style: decimal;" in css


def test_the_sheet_prints_warning_signs_as_a_list(client, treatment_index):
    page = TreatmentPageFactory(
        parent=treatment_index,
        body=[
            (
                "urgent_care",
                {
                    "heading": "When to seek urgent care",
                    "introduction": "",
                    "warning_signs": ["Fever", "Spreading redness"],
                },
            )
        ],
    )
    html = soup(client.get(page.url + "appointment-sheet/"))
    signs = [li.get_text() for li in html.select(".sheet__risks ul.sheet__signs li")]
    assert signs == ["Fever", "Spreading redness"]


def test_the_favicon_is_served_and_linked(client, home_page):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO signature
    html = soup(client.get(home_page.url))
    icons = [link["href"] for link in html.select('link[rel="icon"]')]
    assert icons[0] == "/favicon.ico"
    assert icons[1].endswith("favicon.svg")
    assert client.get(icons[1]).status_code == 200


def description(html):
    tag = html.select_one('meta[name="description"]')
    return tag["content"].strip() if tag else ""


def test_every_page_has_a_meta_description(client, home_page, treatment_index):
    condition = ConditionFactory(name="Hair loss")
    ConditionIndexPageFactory(parent=home_page)
    doctors = DoctorIndexPageFactory(parent=home_page)
    treatment = TreatmentPageFactory(parent=treatment_index)
    treatment.conditions.set([condition])
    inquiries_demo.build(home_page, log=lambda message: None)
    urls = [
        "/",
        "/search/",
        "/search/?q=hair",
        "/treatments/a-z/",
        treatment_index.url,
        treatment.url,
        treatment.url + "appointment-sheet/",
        "/conditions/",
        f"/conditions/{condition.slug}/",
        doctors.url,
        f"/doctors/{treatment.medical_reviewer.slug}/",
        "/inquire/",
        "/no-such-page/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert len(description(soup(response))) > 20, url
    for error_page in ("400.html", "500.html"):
        html = soup_of(render_to_string(error_page))
        assert len(description(html)) > 20, error_page


def soup_of(text):
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")


@pytest.fixture
def development(settings):
    """DEBUG on with the development settings' 404 middleware."""
    settings.DEBUG = True
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "home.not_found.SiteNotFoundPageMiddleware",
    ]


@pytest.mark.parametrize("url", ["/no-such-page/", "/wp-login.php"])
def test_development_shows_the_sites_own_404(client, home_page, development, url):
    # "/no-such-page/" reaches Wagtail, which raises Http404; "/wp-login.php"
    # matches no URL pattern at all.
    response = client.get(url)
    assert response.status_code == 404
    html = soup(response)
    assert "page-error" in html.select_one("body")["class"]
    assert html.select_one("h1").get_text() == "We could not find that page"


def test_without_the_middleware_debug_shows_djangos_technical_404(
    client, home_page, settings
):
    settings.DEBUG = True
    response = client.get("/wp-login.php")
    assert response.status_code == 404
    assert b"page-error" not in response.content


def test_the_middleware_leaves_server_errors_to_djangos_traceback_page():
    middleware = SiteNotFoundPageMiddleware(lambda request: None)
    request = RequestFactory().get("/")
    assert middleware.process_exception(request, ValueError("boom")) is None
