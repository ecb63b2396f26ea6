"""What production.py builds from the environment for the production stack."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.test_settings import load_fresh


@pytest.fixture
def production_environment(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db/portal")
    monkeypatch.setenv("REDIS_URL", "redis://cache.example:6379/0")
    yield monkeypatch
    for name in ("DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME"):
        monkeypatch.delenv(name, raising=False)
    load_fresh("portal.settings.base")


def test_connections_persist_and_are_checked(production_environment):
    production = load_fresh("portal.settings.production")
    database = production.DATABASES["default"]
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["OPTIONS"]["connect_timeout"] == 3


def test_redis_errors_are_ignored_and_logged_and_sessions_outlive_redis(
    production_environment,
):
    production = load_fresh("portal.settings.production")
    cache = production.CACHES["default"]
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert production.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS is True
    assert production.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    handler = production.LOGGING["handlers"]["console"]
    assert handler["formatter"] == "json"
    assert handler["filters"] == ["rate_limited"]


def test_media_stay_local_unless_a_bucket_is_named(production_environment):
    production = load_fresh("portal.settings.production")
    assert production.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    assert production.WAGTAILFRONTENDCACHE == {}


def test_a_bucket_without_boto3_refuses_to_start(production_environment):
    production_environment.setenv("AWS_STORAGE_BUCKET_NAME", "portal-media")
    try:
        import boto3  # noqa: F401
    except ImportError:
        with pytest.raises(ImproperlyConfigured, match="requirements-s3.txt"):
            load_fresh("portal.settings.production")
    else:
        production = load_fresh("portal.settings.production")
        assert production.STORAGES["default"]["BACKEND"] == (
            "storages.backends.s3.S3Storage"
        )


def test_the_http_cache_is_purged_when_its_address_is_given(production_environment):
    production_environment.setenv("FRONTEND_CACHE_URL", "http://127.0.0.1:8080")
    production = load_fresh("portal.settings.production")
    backend = production.WAGTAILFRONTENDCACHE["http-cache"]
    assert backend["LOCATION"] == "http://127.0.0.1:8080"
    production_environment.delenv("FRONTEND_CACHE_URL")
