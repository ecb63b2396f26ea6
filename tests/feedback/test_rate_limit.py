"""Answers are counted per client: the address behind our trusted proxies."""

import pytest

from feedback.models import PageFeedback

pytestmark = pytest.mark.django_db

SUBMIT = "/feedback/"


def post_from(client, data, address, forwarded_for=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(SUBMIT, data, **extra).status_code


def test_each_client_has_its_own_limit(client, answer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_ADDRESS = 2
    statuses = [post_from(client, answer(), "198.51.100.1") for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert post_from(client, answer(), "198.51.100.2") == 302
    assert PageFeedback.objects.count() == 3


def test_the_limited_visitor_is_told_why(client, answer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_ADDRESS = 1
    client.post(SUBMIT, answer(), REMOTE_ADDR="198.51.100.1")
    response = client.post(SUBMIT, answer("no"), REMOTE_ADDR="198.51.100.1")
    assert response.status_code == 429
    assert b"several answers from you" in response.content
    assert PageFeedback.objects.count() == 1


def test_visitors_behind_our_proxy_are_counted_apart(client, answer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_ADDRESS = 1
    settings.INQUIRY_TRUSTED_PROXIES = 1
    proxy = "10.0.0.1"
    assert post_from(client, answer(), proxy, "203.0.113.5") == 302
    assert post_from(client, answer(), proxy, "203.0.113.6") == 302
    # A visitor cannot reset their count by writing a header of their own.
    assert post_from(client, answer(), proxy, "1.2.3.4, 203.0.113.5") == 429
    assert PageFeedback.objects.count() == 2


def test_refused_answers_do_not_use_up_the_limit(client, answer, settings):
    settings.FEEDBACK_RATE_LIMIT_PER_ADDRESS = 1
    assert post_from(client, answer(helpful=""), "198.51.100.1") == 400
    assert post_from(client, answer(), "198.51.100.1") == 302
