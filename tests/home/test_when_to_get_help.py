"""'When to get help' in three tiers, numbers from the portal settings: on
condition pages (inside their help callout) and at the end of articles."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from home.models import PortalSettings
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    TreatmentPageFactory,
)

pytestmark = pytest.mark.django_db

TIERS = ["Tier 1: Emergency", "Tier 2: Urgent advice", "Tier 3: Your own doctor"]


@pytest.fixture
def pages(home_page, treatment_index):
    section = ConditionIndexPageFactory(parent=home_page)
    ConditionFactory(name="Alopecia areata", slug="alopecia-areata")
    article = TreatmentPageFactory(parent=treatment_index, title="Baricitinib")
    return {"condition": f"{section.url}alopecia-areata/", "article": article.url}


def set_numbers(**numbers):
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in numbers.items():
        setattr(portal, name, value)
    portal.save()


def tiers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one(".help-tiers")


@pytest.mark.parametrize("where", ["condition", "article"])
def test_three_tiers_in_words_when_no_number_is_set(client, pages, where):
    found = tiers(client, pages[where])
    titles = [h.get_text(" ", strip=True) for h in found.select(".help-tier__title")]
    assert titles == TIERS
    assert found.select('a[href^="tel:"]') == []
    text = found.get_text(" ", strip=True)
    assert "call your local emergency number now" in text
    assert "your local urgent advice service or an out-of-hours doctor" in text


@pytest.mark.parametrize("where", ["condition", "article"])
def test_the_numbers_come_from_the_settings(client, pages, where):
    set_numbers(
        emergency_number="555",
        urgent_advice_name="the night nurse line",
        urgent_advice_number="0100 200 300",
    )
    found = tiers(client, pages[where])
    emergency = found.select_one(".help-tier--emergency a")
    assert (emergency["href"], emergency.get_text()) == ("tel:555", "555")
    urgent = found.select_one(".help-tier--urgent")
    assert urgent.select_one("a")["href"] == "tel:0100200300"
    assert "call the night nurse line on 0100 200 300" in urgent.get_text(
        " ", strip=True
    )
    assert found.select_one(".help-tier--doctor a") is None


def test_one_tier_without_a_number_stays_in_words(client, pages):
    set_numbers(emergency_number="555")
    found = tiers(client, pages["article"])
    assert len(found.select('a[href^="tel:"]')) == 1
    assert "out-of-hours doctor" in found.select_one(".help-tier--urgent").get_text()


def test_on_condition_pages_the_tiers_sit_in_the_help_callout(client, pages):
    response = client.get(pages["condition"])
    html = BeautifulSoup(response.content, "html.parser")
    callout = html.select_one(".condition__help")
    assert callout.select_one("h2").get_text(strip=True).endswith("When to get help")
    assert [h.name for h in callout.select(".help-tier__title")] == ["h3"] * 3


def test_articles_end_with_help_then_feedback_and_the_footer_disclaimer(client, pages):
    response = client.get(pages["article"])
    html = BeautifulSoup(response.content, "html.parser")
    body = html.select_one(".article__body")
    order = [
        element.get("id") for element in body.select("#when-to-get-help, #feedback")
    ]
    assert order == ["when-to-get-help", "feedback"]
    # The disclaimer once, in the footer every page has, not again here.
    assert body.select(".disclaimer") == []
    assert len(html.select(".site-footer__disclaimer")) == 1
    heading = body.select_one("#when-to-get-help h2").get_text(strip=True)
    assert heading == "When to get help"


def test_the_footer_uses_the_emergency_number(client, pages):
    set_numbers(emergency_number="555")
    response = client.get(pages["article"])
    footer = BeautifulSoup(response.content, "html.parser").select_one("footer")
    assert "In an emergency, call 555." in footer.get_text(" ", strip=True)
