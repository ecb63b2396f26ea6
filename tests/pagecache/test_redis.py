"""The page cache on Redis, configured as production configures it: hits,
purges, and pages still served while Redis is stopped."""

import pytest

from tests.operations.services import PrivateRedis
from tests.operations.test_redis_outage import production_caches

from .test_purges import publish

ARTICLE = "/treatments/minoxidil/"


@pytest.fixture
def redis_cache(settings, monkeypatch):
    redis = PrivateRedis()
    redis.start()
    settings.CACHES = production_caches(monkeypatch, redis.url)
    try:
        yield redis
    finally:
        redis.stop()


@pytest.mark.django_db
def test_hits_and_purges_through_redis(
    redis_cache, client, minoxidil, finasteride, committed, django_assert_num_queries
):
    assert client.get(ARTICLE)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get(ARTICLE)["X-Page-Cache"] == "hit"
    publish(finasteride, committed, title="Finasteride tablets")
    again = client.get(ARTICLE)
    assert again["X-Page-Cache"] == "miss"
    assert b"Finasteride tablets" in again.content


@pytest.mark.django_db
def test_pages_are_rendered_while_redis_is_stopped(
    redis_cache, client, minoxidil, committed
):
    client.get(ARTICLE)
    redis_cache.stop()
    for _ in range(2):
        response = client.get(ARTICLE)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response  # rendered, and not kept
    # A publish during the outage purges nothing it can reach, and fails nothing.
    publish(minoxidil, committed, title="Minoxidil foam")
    assert b"Minoxidil foam" in client.get(ARTICLE).content
