"""A treatment page costs the same number of queries however many links it has."""

import pytest

from tests.factories import ConditionFactory, TreatmentPageFactory
from treatments.models import RelatedTreatment

pytestmark = pytest.mark.django_db

# A warm request with no page cache: Wagtail's site-root paths are cached by the
# first request; everything else is read from the database. The 15 are: the
# site, routing (4), view restrictions (2), related links, restricted pages for
# .public(), pages linking here, conditions, SEO settings, breadcrumbs, the
# portal settings and the review state (publishing's one row, with its reviewer).
TREATMENT_PAGE_QUERIES = 15


def build_article(treatment_index, related_count):
    article = TreatmentPageFactory(parent=treatment_index, title="Article")
    article.conditions.set(
        [ConditionFactory(name="Hair loss", slug="hair-loss"), ConditionFactory()]
    )
    article.save_revision().publish()
    for number in range(related_count):
        target = TreatmentPageFactory(parent=treatment_index, title=f"Related {number}")
        RelatedTreatment.objects.create(
            page=article, target=target, relation_type="alternative", sort_order=number
        )
        # Every target links back, so "linked from" has entries too.
        RelatedTreatment.objects.create(
            page=target, target=article, relation_type="see_also"
        )
    return article


@pytest.mark.parametrize("related_count", [1, 8])
def test_treatment_page_query_count_does_not_grow_with_links(
    client, treatment_index, related_count, django_assert_num_queries
):
    article = build_article(treatment_index, related_count)
    client.get(article.url)  # warm Wagtail's site-root cache
    with django_assert_num_queries(TREATMENT_PAGE_QUERIES):
        response = client.get(article.url)
    assert response.status_code == 200
    cards = response.content.decode().count('class="card"')
    # related_count links out, plus none extra: the pages linking back are the
    # same pages, so they are not listed twice.
    assert cards == related_count
