"""Every link to the inquiry form comes from the page itself, not a typed path."""

import pytest

from tests.inquiries.conftest import soup

pytestmark = pytest.mark.django_db


def form_links(html):
    return [
        html.select_one(".cta a.button")["href"].split("?")[0],
        *(a["href"] for a in html.select("a") if a.get_text() == "Ask a doctor"),
    ]


def test_links_follow_the_form_when_its_slug_changes(client, inquiry_page, treatment):
    assert set(form_links(soup(client.get(treatment.url)))) == {"/inquire/"}
    inquiry_page.slug = "ask"
    inquiry_page.save_revision().publish()
    html = soup(client.get(treatment.url))
    assert set(form_links(html)) == {"/ask/"}
    assert len(form_links(html)) == 3  # the article's box, the header, the footer
    assert html.select_one(".cta a.button")["href"] == (
        f"/ask/?treatment={treatment.slug}"
    )


def test_no_form_no_link(client, treatment):
    html = soup(client.get(treatment.url))
    assert html.select_one(".cta") is None
    assert not [a for a in html.select("a") if a.get_text() == "Ask a doctor"]
    assert "does not diagnose" in html.select_one(".site-footer__disclaimer").get_text()
