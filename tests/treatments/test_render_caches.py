"""What an uncached article render keeps between requests, and that a change
to any input shows on the very next render: the related cards remembered per
content (treatments.related_cards), the site settings cached with the sites
(treatments.site_settings), the reader text, contents and reading time per
body (treatments.article_facts), the JSON-LD per graph (publishing)."""

import pytest
from wagtail.models import Site
from wagtailseo.models import SeoSettings

from home.models import PortalSettings
from tests.factories import TreatmentPageFactory, section
from tests.html import page_soup
from tests.publishing.json_ld import json_ld, nodes
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db


def cards(client, page):
    links = page_soup(client.get(page.url)).select(".related .card__title a")
    return [(a.get_text(strip=True), a["href"]) for a in links]


@pytest.fixture
def linked(treatment_index):
    article = TreatmentPageFactory(parent=treatment_index, title="Exosomes")
    target = TreatmentPageFactory(parent=treatment_index, title="Minoxidil")
    RelatedTreatment.objects.create(
        page=article, target=target, relation_type="alternative"
    )
    return article, target


def test_a_renamed_related_page_shows_its_new_title_and_address(client, linked):
    article, target = linked
    assert cards(client, article) == [("Minoxidil", target.url)]
    target.title, target.slug = "Topical minoxidil", "topical-minoxidil"
    target.save_revision().publish()
    target.refresh_from_db()
    assert target.url.endswith("/topical-minoxidil/")
    assert cards(client, article) == [("Topical minoxidil", target.url)]


def test_an_unpublished_related_page_leaves_the_cards(client, linked):
    article, target = linked
    assert len(cards(client, article)) == 1
    target.unpublish()
    assert cards(client, article) == []


def test_a_page_newly_linking_here_shows_on_the_next_render(
    client, linked, treatment_index
):
    article, target = linked
    assert cards(client, target) == [("Exosomes", article.url)]
    prp = TreatmentPageFactory(parent=treatment_index, title="PRP")
    RelatedTreatment.objects.create(page=prp, target=target, relation_type="see_also")
    assert cards(client, target) == [("Exosomes", article.url), ("PRP", prp.url)]


def test_a_changed_note_shows_on_the_next_render(client, linked):
    article, _ = linked
    client.get(article.url)
    RelatedTreatment.objects.filter(page=article).update(note="Approved for men")
    html = page_soup(client.get(article.url))
    assert html.select_one(".related .card__note").get_text(strip=True) == (
        "Approved for men"
    )


def default_site():
    return Site.objects.get(is_default_site=True)


def test_a_saved_portal_setting_shows_on_the_next_render(client, linked):
    article, _ = linked
    client.get(article.url)  # the settings are cached now
    portal = PortalSettings.for_site(default_site())
    portal.disclaimer = "A new disclaimer, just saved."
    portal.save()
    html = page_soup(client.get(article.url))
    assert "A new disclaimer, just saved." in html.select_one("footer").get_text()


def organisation_name(client, page):
    found = [
        node["name"]
        for node in nodes(json_ld(client, page.url))
        if node.get("@id", "").endswith("#organization")
    ]
    assert found
    return found[0]


def test_a_saved_seo_setting_shows_on_the_next_render(client, linked):
    article, _ = linked
    organisation_name(client, article)  # cached now
    seo = SeoSettings.for_site(default_site())
    seo.struct_org_name = "Clinic Network North"
    seo.save()
    assert organisation_name(client, article) == "Clinic Network North"


def test_a_deleted_setting_row_is_read_again(client, linked):
    article, _ = linked
    client.get(article.url)
    PortalSettings.objects.all().delete()  # back to the defaults, created afresh
    fresh = PortalSettings.for_site(default_site())
    html = page_soup(client.get(article.url))
    assert fresh.disclaimer in html.select_one("footer").get_text()


def toc_and_minutes(client, page):
    html = page_soup(client.get(page.url))
    toc = [a.get_text(strip=True) for a in html.select("nav.toc a")]
    return toc, html.select_one(".reading-time").get_text(strip=True)


def test_a_new_revision_shows_its_contents_and_reading_time(client, treatment_index):
    """The reader text, contents and reading time are remembered per body
    content (treatments.article_facts): a new revision is a new body."""
    article = TreatmentPageFactory(
        parent=treatment_index, body=[section("What it is", "<p>Short.</p>")]
    )
    assert toc_and_minutes(client, article) == (["What it is"], "1 min read")
    risks_type, risks = section("Risks", "<p>" + "word " * 900 + "</p>")
    article.body = [*article.body.raw_data, {"type": risks_type, "value": risks}]
    article.save_revision().publish()
    assert toc_and_minutes(client, article) == (["What it is", "Risks"], "5 min read")


def test_a_renamed_page_shows_in_its_json_ld(client, linked):
    article, _ = linked

    def web_page_name():
        pages = [
            n
            for n in nodes(json_ld(client, article.url))
            if n.get("@type") == "MedicalWebPage"
        ]
        return pages[0]["name"]

    assert web_page_name() == "Exosomes"
    article.title = "Exosomes for hair"
    article.save_revision().publish()
    assert web_page_name() == "Exosomes for hair"
