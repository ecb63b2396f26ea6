"""The exosome article stays light and never blocks rendering on a script."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.html import soup

pytestmark = pytest.mark.django_db

EXOSOME_URL = "/treatments/exosomes-for-hair-restoration/"
BUDGET_BYTES = 100_000
# Script types a browser does not execute, so they never block rendering.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def static_file_size(url):
    path = urlsplit(url).path
    assert path.startswith(settings.STATIC_URL), f"{url} is not a local static file"
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    assert found, f"{url} is linked but not found in the static files"
    return Path(found).stat().st_size


def article_weight(client):
    response = client.get(EXOSOME_URL)
    assert response.status_code == 200
    html = soup(response)
    # What a screen needs: a print stylesheet is fetched at idle priority and
    # never holds up the page (it is weighed on its own below).
    css = [
        link["href"]
        for link in html.select('link[rel~="stylesheet"]')
        if link.get("media") != "print"
    ]
    js = [script["src"] for script in html.select("script[src]")]
    return {
        "html": len(response.content),
        "css": sum(static_file_size(url) for url in css),
        "js": sum(static_file_size(url) for url in js),
        "css_files": css,
        "js_files": js,
    }


def test_exosome_article_html_css_and_js_stay_under_100_kb(client, demo):
    weight = article_weight(client)
    assert weight["css_files"], "the article links no stylesheet"
    total = weight["html"] + weight["css"] + weight["js"]
    assert total < BUDGET_BYTES, weight


def test_the_print_stylesheet_is_small_and_only_for_print(client, demo):
    html = soup(client.get(EXOSOME_URL))
    printed = html.select('link[rel~="stylesheet"][media="print"]')
    assert [link["href"] for link in printed] == ["/static/css/print.css"]
    assert static_file_size(printed[0]["href"]) < 10_000


def test_no_script_blocks_rendering(client, demo):
    html = soup(client.get(EXOSOME_URL))
    for script in html.select("script"):
        if script.get("type") in DATA_SCRIPT_TYPES:
            continue
        if script.find_parent("head") is not None or script.get("src"):
            assert script.has_attr("src"), f"inline script can block: {script}"
            assert script.has_attr("defer") or script.has_attr("async"), script


def test_no_asset_is_fetched_from_another_site(client, demo):
    html = soup(client.get(EXOSOME_URL))
    assets = [tag["href"] for tag in html.select('link[rel~="stylesheet"]')]
    assets += [tag["src"] for tag in html.select("script[src], img[src]")]
    assert assets
    assert [url for url in assets if urlsplit(url).netloc] == []
