"""A database outage answers a friendly 503 with Retry-After, then the site recovers.

Production settings in a real gunicorn, on a private PostgreSQL cluster that
the test stops and starts again.
"""

import json

import pytest
from bs4 import BeautifulSoup

from .conftest import production_env
from .processes import get, gunicorn, wait_for
from .services import free_port


@pytest.fixture
def app_server(private_postgres, private_redis, collected_static, tmp_path):
    database = private_postgres.fresh_database()
    port = free_port()
    env = production_env(
        DATABASE_URL=private_postgres.url(database),
        REDIS_URL=private_redis.url,
        STATIC_ROOT=collected_static,
    )
    server = gunicorn(env, port, tmp_path / "gunicorn.log")
    server.base = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(
            lambda: server.alive() and get(server.base + "/healthz")[0] == 200
        )
        yield server
    finally:
        server.stop()
        if not private_postgres.running():
            private_postgres.start()


def test_database_outage_is_a_503_with_retry_after(app_server, private_postgres):
    assert get(app_server.base + "/")[0] == 200
    assert get(app_server.base + "/")[1]["X-Page-Cache"] == "hit"

    private_postgres.stop()
    # A page in the page cache is still served; one that needs the database
    # answers the 503.
    cached_status, cached_headers, _ = get(app_server.base + "/")
    assert (cached_status, cached_headers["X-Page-Cache"]) == (200, "hit")
    status, headers, body = get(app_server.base + "/treatments/")
    health_status, _, health_body = get(app_server.base + "/healthz")

    assert status == 503
    assert headers["Retry-After"] == "30"
    assert headers["Cache-Control"] == "no-store"
    page = BeautifulSoup(body, "html.parser")
    assert page.h1.get_text() == "We will be back in a moment"
    assert "Traceback" not in body and "OperationalError" not in body
    assert health_status == 503
    assert json.loads(health_body) == {"status": "unavailable", "failing": ["database"]}

    private_postgres.start()
    assert wait_for(lambda: get(app_server.base + "/")[0] == 200, timeout=15)


def test_logs_are_json_lines_without_tracebacks_or_addresses(
    app_server, private_postgres
):
    get(app_server.base + "/?q=my+private+words")
    private_postgres.stop()
    get(app_server.base + "/treatments/")
    private_postgres.start()

    lines = [line for line in app_server.output().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]
    outage = [e for e in entries if e["message"] == "database unavailable"]
    assert outage and outage[0]["path"] == "/treatments/"
    assert outage[0]["error"] == "OperationalError"
    text = "\n".join(lines)
    assert "Traceback" not in text
    assert "private words" not in text and "127.0.0.1 " not in text
