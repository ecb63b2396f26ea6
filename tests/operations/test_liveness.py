"""/healthz/live answers without the database or the cache."""

import pytest

pytestmark = pytest.mark.django_db


def test_liveness_answers_ok_without_a_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/live")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]
