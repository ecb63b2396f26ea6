"""The 503 for database outages, and the health endpoint, in process."""

import pytest
from bs4 import BeautifulSoup
from django.db import InterfaceError, OperationalError, ProgrammingError
from django.test import RequestFactory

from operations.outage import DatabaseOutageMiddleware, server_error


def middleware():
    return DatabaseOutageMiddleware(lambda request: None)


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_outage_becomes_a_503_with_retry_after(error):
    request = RequestFactory().get("/treatments/")
    response = middleware().process_exception(request, error("server closed"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = BeautifulSoup(response.content, "html.parser")
    assert page.h1.get_text() == "We will be back in a moment"
    assert "server closed" not in response.content.decode()


def test_a_programming_error_is_left_to_the_500_page():
    request = RequestFactory().get("/")
    assert middleware().process_exception(request, ProgrammingError("bug")) is None


def test_the_500_handler_answers_503_for_outages_raised_outside_views():
    request = RequestFactory().get("/admin/")
    try:
        raise OperationalError("the session could not be read")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(request).status_code == 500


@pytest.mark.django_db
def test_healthz_is_200_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "failing": []}
    assert "no-store" in response["Cache-Control"]
