"""Every way in leads to the condition pages: the menu, the home page's
condition cards, an article's condition links and the A-Z (with lay names)."""

import pytest

from search.models import Synonym
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    TreatmentPageFactory,
)
from tests.html import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page, treatment_index):
    ConditionIndexPageFactory(parent=home_page)
    alopecia = ConditionFactory(
        name="Androgenetic alopecia",
        slug="androgenetic-alopecia",
        lay_names="hair loss, balding",
    )
    ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    article = TreatmentPageFactory(parent=treatment_index, title="Minoxidil")
    article.conditions.set([alopecia])
    article.save_revision().publish()
    return article


def test_the_menu_leads_to_the_conditions_section(client, site):
    menu = soup(client.get("/")).select_one('nav[aria-label="Main"]')
    assert menu.find("a", string="Conditions")["href"] == "/conditions/"


def test_without_a_conditions_section_the_menu_has_no_dead_link(
    client, home_page, treatment_index
):
    menu = soup(client.get("/")).select_one('nav[aria-label="Main"]')
    assert menu.find("a", string="Conditions") is None


def test_home_cards_lead_to_every_condition_page(client, site):
    cards = soup(client.get("/")).select("#conditions .condition-list li a")
    assert [(a.text, a["href"]) for a in cards] == [
        ("Androgenetic alopecia", "/conditions/androgenetic-alopecia/"),
        # No treatment yet, but a page of its own: reachable at last.
        ("Telogen effluvium", "/conditions/telogen-effluvium/"),
    ]


def test_an_articles_condition_links_lead_to_the_condition_page(client, site):
    links = soup(client.get(site.url)).select(".article__conditions a")
    assert [(a.text, a["href"]) for a in links] == [
        ("Androgenetic alopecia", "/conditions/androgenetic-alopecia/")
    ]


def test_a_to_z_lists_every_condition_page_and_its_lay_names(client, site):
    Synonym.objects.create(
        term="balding",
        equivalents="androgenetic alopecia",
        condition=site.conditions.get(),
    )
    html = soup(client.get("/treatments/a-z/"))
    entries = {
        li.get_text(" ", strip=True): li.select_one("a")["href"]
        for li in html.select(".a-to-z__entry")
    }
    page_url = "/conditions/androgenetic-alopecia/"
    assert entries["Androgenetic alopecia (condition)"] == page_url
    assert entries["Telogen effluvium (condition)"] == "/conditions/telogen-effluvium/"
    assert entries["hair loss: see Androgenetic alopecia"] == page_url
    # The lay name and the editors' synonym agree: one entry, not two.
    assert [text for text in entries if text.startswith("balding")] == [
        "balding: see Androgenetic alopecia"
    ]
    assert entries["Minoxidil"] == site.url
