"""What the page cache serves, and what it never shares between visitors."""

import pytest

from .conftest import text_of

pytestmark = pytest.mark.django_db


def test_a_second_anonymous_read_is_a_hit_with_no_query(
    client, minoxidil, django_assert_num_queries
):
    first = client.get("/treatments/minoxidil/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get("/treatments/minoxidil/")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Topical minoxidil" in text_of(again)
