"""Settings come from the environment, with safe defaults; production refuses unsafe."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.settings import env


def test_env_bool_accepts_words_and_rejects_nonsense(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env.env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "off")
    assert env.env_bool("FLAG", True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be true or false"):
        env.env_bool("FLAG")


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example, b.example,,")
    assert env.env_list("HOSTS") == ["a.example", "b.example"]


def load_fresh(module_name):
    for name in list(sys.modules):
        if name.startswith("portal.settings.") and name != "portal.settings.env":
            del sys.modules[name]
    return importlib.import_module(module_name)


def test_base_settings_read_database_url(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db.example:5432/portal")
    base = load_fresh("portal.settings.base")
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    assert base.DATABASES["default"]["HOST"] == "db.example"
    monkeypatch.delenv("DATABASE_URL")
    base = load_fresh("portal.settings.base")
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def test_redis_url_selects_the_redis_cache(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    base = load_fresh("portal.settings.base")
    assert base.CACHES["default"]["BACKEND"].endswith("RedisCache")
    monkeypatch.delenv("REDIS_URL")


PROJECT_ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENVIRONMENT = {
    "SECRET_KEY": "k" * 50,
    "ALLOWED_HOSTS": "portal.example",
    "DATABASE_URL": "postgres://u@db.example:5432/portal",
    "REDIS_URL": "redis://cache.example:6379/0",
}


def import_production(environment):
    """Import the production settings in a fresh interpreter that sees only
    `environment` (and PATH), as a server process started with it would."""
    return subprocess.run(
        [sys.executable, "-c", "import portal.settings.production"],
        cwd=PROJECT_ROOT,
        env={"PATH": os.environ["PATH"], **environment},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_imports_with_its_four_required_variables():
    result = import_production(PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "missing, message",
    [
        ("SECRET_KEY", "SECRET_KEY must be set in the environment"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must be set in production"),
        ("DATABASE_URL", "DATABASE_URL must be set in the environment"),
        ("REDIS_URL", "REDIS_URL must be set in the environment"),
    ],
)
def test_production_refuses_to_start_without_each_variable(missing, message):
    environment = dict(PRODUCTION_ENVIRONMENT)
    del environment[missing]
    result = import_production(environment)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"django.core.exceptions.ImproperlyConfigured: {message}"
    )


def test_production_rejects_the_development_key(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "dev-only-insecure-key-change-me")
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example")
    with pytest.raises(ImproperlyConfigured, match="long random value"):
        load_fresh("portal.settings.production")


def test_production_starts_when_configured(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 50)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example")
    monkeypatch.setenv("DATABASE_URL", "postgres://u@db/portal")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    production = load_fresh("portal.settings.production")
    assert production.DEBUG is False
    assert production.ALLOWED_HOSTS == ["portal.example"]
    assert production.SESSION_COOKIE_SECURE is True
