"""Outage fixtures: private Redis and PostgreSQL; production processes."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.inquiries.conftest import (  # noqa: F401 - fixtures shared with inquiries
    condition,
    doctor,
    field_names,
    inquiry_page,
    treatment,
    valid_data,
)

from .services import PrivatePostgres, PrivateRedis

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def private_redis():
    redis = PrivateRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture(scope="session")
def private_postgres():
    """A cluster of our own, with `template_portal` migrated once per session."""
    postgres = PrivatePostgres()
    try:
        postgres.create()
        postgres.psql("postgres", "CREATE DATABASE template_portal")
        env = production_env(DATABASE_URL=postgres.url("template_portal"))
        manage("migrate", "--noinput", "-v0", env=env)
        yield postgres
    finally:
        postgres.destroy()


@pytest.fixture(scope="session")
def collected_static():
    """collectstatic's output with the production storage (hashed, compressed)."""
    static_root = tempfile.mkdtemp(prefix="portal-static-")
    manage(
        "collectstatic", "--noinput", "-v0", env=production_env(STATIC_ROOT=static_root)
    )
    return static_root


def production_env(**overrides):
    """The environment of a production process on loopback, for subprocesses."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "REDIS_URL", "DJANGO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="outage-test-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL="postgres://unused@127.0.0.1:1/unused",
        REDIS_URL="redis://127.0.0.1:1/0",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        LOG_LEVEL="WARNING",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(*args, env):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
