"""A treatment page costs the same number of queries however many links it has."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import (
    ConditionFactory,
    TreatmentPageFactory,
    reference,
    references_block,
    section,
)
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db

# A warm request with no page cache (site, its settings, site-root paths, view
# restrictions and the section links are cached by the first request). The 5
# are: the pages on the way by URL path, the article with its reviewer and its
# review state (publishing's row and its reviewer, joined through the route
# hook), related links both ways, conditions and the URLs of the pages the
# body links to. Rich text links, related treatments and conditions add none.
TREATMENT_PAGE_QUERIES = 5


def linking_body(targets):
    """Sections and a callout whose rich text links to every target."""
    links = "".join(
        f'<a linktype="page" id="{target.pk}">{target.title}</a> ' for target in targets
    )
    return [
        section("What it is", f"<p>See {links}</p>"),
        section("Evidence", f"<p>Compare {links}</p><ul><li>{links}</li></ul>"),
        ("callout", {"variant": "info", "title": "Also", "text": f"<p>{links}</p>"}),
        section("Risks", "<p>No links here.</p>"),
        references_block(reference(), reference(pmid="", doi="10.1111/jocd.15869")),
    ]


def build_article(treatment_index, related_count):
    targets = [
        TreatmentPageFactory(parent=treatment_index, title=f"Related {number}")
        for number in range(related_count)
    ]
    article = TreatmentPageFactory(
        parent=treatment_index, title="Article", body=linking_body(targets)
    )
    article.conditions.set(
        [ConditionFactory(name="Hair loss", slug="hair-loss"), ConditionFactory()]
    )
    article.save_revision().publish()
    for number, target in enumerate(targets):
        RelatedTreatment.objects.create(
            page=article, target=target, relation_type="alternative", sort_order=number
        )
        # Every target links back, so "linked from" has entries too.
        RelatedTreatment.objects.create(
            page=target, target=article, relation_type="see_also"
        )
    return article, targets


@pytest.mark.parametrize("related_count", [1, 8])
def test_treatment_page_query_count_does_not_grow_with_links(
    client, treatment_index, related_count, django_assert_num_queries
):
    article, targets = build_article(treatment_index, related_count)
    client.get(article.url)  # warm the site, restriction and section caches
    with django_assert_num_queries(TREATMENT_PAGE_QUERIES):
        response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    cards = html.count('class="card"')
    # related_count links out, plus none extra: the pages linking back are the
    # same pages, so they are not listed twice.
    assert cards == related_count
    # Every rich text link was expanded to its page's URL (four per target).
    body_links = [
        a["href"]
        for a in BeautifulSoup(html, "html.parser").select(".article__body a")
        if not a.find_parent(class_="card")
    ]
    for target in targets:
        assert body_links.count(target.url) == 4


def test_query_count_is_the_same_when_the_body_is_rendered_afresh(
    client, treatment_index, django_assert_num_queries
):
    """A cold fragment (first render of this content) costs no extra query:
    the links were read once for the key and are reused for the render."""
    article, targets = build_article(treatment_index, 5)
    client.get(article.url)
    new_type, new_value = section("New", "<p>Fresh text.</p>")
    article.body = [*article.body.raw_data, {"type": new_type, "value": new_value}]
    article.save_revision().publish()
    # The publish dropped the site caches: another article warms them again.
    client.get(targets[0].url)
    with django_assert_num_queries(TREATMENT_PAGE_QUERIES):
        response = client.get(article.url)
    assert "Fresh text." in response.content.decode()
