"""The article body's cached fragment: reused while nothing it shows changes,
never served once a linked page's URL or the body itself has changed."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.factories import TreatmentPageFactory, references_block, section
from treatments.article import reader_text
from treatments.article_body import cacheable, fragment_key, rich_text_sources
from treatments.models import TreatmentPage
from treatments.rich_text_links import linked_page_ids, page_urls

pytestmark = pytest.mark.django_db


def body_links(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get("href") for a in html.select(".block-section a")]


@pytest.fixture
def linked(treatment_index):
    target = TreatmentPageFactory(parent=treatment_index, title="Minoxidil", slug="mx")
    link = f'<a linktype="page" id="{target.pk}">it</a>'
    article = TreatmentPageFactory(
        parent=treatment_index,
        body=[section("What it is", f"<p>See {link}.</p>"), references_block()],
    )
    return TreatmentPage.objects.get(pk=article.pk), target


def stored_fragment(page):
    article = reader_text(page.body)
    urls = page_urls(linked_page_ids(rich_text_sources(article)))
    return cache.get(fragment_key(page.body.raw_data, urls))


def test_the_rendered_body_is_kept_and_reused(client, linked):
    article, target = linked
    first = client.get(article.url)
    kept = stored_fragment(article)
    assert kept is not None
    assert f'<a href="{target.url}">it</a>' in kept
    second = client.get(article.url)
    assert body_links(first) == body_links(second) == [target.url]


def test_a_linked_page_that_moves_is_linked_at_its_new_url(client, linked):
    article, target = linked
    assert body_links(client.get(article.url)) == ["/treatments/mx/"]
    target.slug = "minoxidil"
    target.save_revision().publish()
    # The article itself was not touched: its fragment is keyed on the URL.
    assert body_links(client.get(article.url)) == ["/treatments/minoxidil/"]


def test_a_linked_page_that_is_deleted_leaves_a_plain_link(client, linked):
    article, target = linked
    client.get(article.url)
    target.delete()
    html = BeautifulSoup(client.get(article.url).content, "html.parser")
    link = html.select_one(".block-section a")
    assert link.text == "it" and not link.has_attr("href")


def test_a_published_edit_is_shown_at_once(client, linked):
    article, _ = linked
    client.get(article.url)
    block_type, value = section("What it is", "<p>Rewritten for readers.</p>")
    article.body = [{"type": block_type, "value": value}]
    article.save_revision().publish()
    assert "Rewritten for readers." in client.get(article.url).content.decode()


def raw(block):
    block_type, value = block
    return {"type": block_type, "value": value}


def test_bodies_showing_images_or_embeds_are_not_kept():
    text = reader_text([raw(section("A", "<p>Text</p>"))])
    assert cacheable(text, rich_text_sources(text))
    with_image = reader_text(
        [{"type": "image", "value": {"image": 1, "alt_text": "A scalp"}}]
    )
    assert not cacheable(with_image, rich_text_sources(with_image))
    embedded = reader_text(
        [raw(section("A", '<p>x</p><embed embedtype="image" id="1" format="left"/>'))]
    )
    assert not cacheable(embedded, rich_text_sources(embedded))
