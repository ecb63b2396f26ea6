"""A Redis outage slows the site, never breaks it (a private redis-server, stopped).

The cache is configured exactly as production configures it from REDIS_URL
(django-redis, connection errors ignored), then the server is stopped under
the running site.
"""

import importlib
import sys

import pytest

from inquiries.models import InquiryNotification, InquirySubmission

PAGES = [
    "/",
    "/treatments/",
    "/treatments/exosomes-for-hair-restoration/",
    "/treatments/a-z/",
    "/search/?q=exosomes",
    "/search/suggest/?q=exo",
]


def production_caches(monkeypatch, url):
    """CACHES as portal.settings.base builds it when REDIS_URL is set."""
    monkeypatch.setenv("REDIS_URL", url)
    sys.modules.pop("portal.settings.base", None)
    try:
        return importlib.import_module("portal.settings.base").CACHES
    finally:
        monkeypatch.delenv("REDIS_URL")
        sys.modules.pop("portal.settings.base", None)


@pytest.fixture
def redis_site(settings, monkeypatch, private_redis, inquiry_page):
    settings.CACHES = production_caches(monkeypatch, private_redis.url)
    return private_redis


def post_inquiry(client, valid_data, number, address="203.0.113.7"):
    data = valid_data(email_address=f"visitor-{number}@example.com")
    return client.post("/inquire/", data, REMOTE_ADDR=address)


def test_the_production_cache_is_redis_and_ignores_its_errors(redis_site, settings):
    from django.core.cache import cache

    options = settings.CACHES["default"]["OPTIONS"]
    assert settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert options["IGNORE_EXCEPTIONS"] is True
    cache.set("probe", "here")
    assert cache.client.get_client().exists(cache.make_key("probe")) == 1


def test_pages_search_suggest_and_inquiries_work_with_redis_stopped(
    client, redis_site, valid_data
):
    for path in PAGES:
        assert client.get(path).status_code == 200, path

    redis_site.stop()
    statuses = [client.get(path).status_code for path in PAGES]
    acknowledged = [
        post_inquiry(client, valid_data, number).status_code for number in range(3)
    ]

    assert statuses == [200] * len(PAGES)
    assert acknowledged == [302, 302, 302]
    assert InquirySubmission.objects.count() == 3
    assert InquiryNotification.objects.filter(sent_at__isnull=True).count() == 6


def test_rate_limit_falls_back_to_a_per_process_count(
    client, redis_site, valid_data, settings
):
    from treatments import ratelimit

    ratelimit.local_counters.clear()
    settings.INQUIRY_RATE_LIMIT_PER_ADDRESS = 2
    redis_site.stop()

    statuses = [
        post_inquiry(client, valid_data, number, "198.51.100.9").status_code
        for number in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert InquirySubmission.objects.count() == 2
    # Another visitor has a count of their own.
    assert post_inquiry(client, valid_data, 9, "198.51.100.10").status_code == 302


def test_a_signed_in_editor_stays_signed_in_through_the_outage(
    client, redis_site, admin_user
):
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    redis_site.stop()
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.wsgi_request.user == admin_user


def test_healthz_names_the_cache_while_redis_is_down(client, redis_site):
    assert client.get("/healthz").json() == {"status": "ok", "failing": []}
    redis_site.stop()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failing": ["cache"]}
    # The HTTP cache's probe asks only about the database.
    assert client.get("/healthz?check=database").status_code == 200
    redis_site.start()
    assert client.get("/healthz").status_code == 200
