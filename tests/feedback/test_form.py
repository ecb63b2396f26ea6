"""'Was this page helpful?' on an article: the form, the answer, the thanks,
and what is refused (no answer, long or personal comments, forged tokens)."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from feedback.comments import contact_details_in
from feedback.models import PageFeedback
from feedback.tokens import page_token
from tests.factories import TreatmentPageFactory

pytestmark = pytest.mark.django_db

SUBMIT = "/feedback/"


def html(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_article_carries_a_plain_form_without_csrf_token(client, article):
    page = html(client.get(article.url))
    form = page.select_one("section#feedback form")
    assert form["method"] == "post"
    assert form["action"] == reverse("feedback:submit") == SUBMIT
    assert page.select("input[name=csrfmiddlewaretoken]") == []
    assert form.select_one("input[name=token]")["value"] == page_token(article.pk)
    assert [radio["value"] for radio in form.select("input[name=helpful]")] == [
        "yes",
        "no",
    ]
    assert form.select_one("textarea[name=comment]")["maxlength"] == "500"
    assert form.select_one("legend h2").get_text(strip=True) == (
        "Was this page helpful?"
    )


def test_every_visitor_gets_the_same_article_html(client, article):
    """Nothing per visitor in the form, so the article can be cached."""
    first = client.get(article.url).content
    assert Client().get(article.url).content == first


def test_an_answer_is_stored_and_thanked(client, article, answer):
    response = client.post(SUBMIT, answer("no", "  The dose table is hard to read. "))
    assert response.status_code == 302
    assert response["Location"] == f"/feedback/thanks/{article.pk}/"
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.helpful, stored.comment) == (
        article.pk,
        False,
        "The dose table is hard to read.",
    )
    thanks = html(client.get(response["Location"]))
    assert thanks.select_one("h1").get_text(strip=True) == (
        "Thank you for your feedback"
    )
    assert thanks.select_one("main a[href]")["href"] == article.url


def test_the_form_needs_no_csrf_token(article, answer):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(SUBMIT, answer("yes")).status_code == 302
    assert PageFeedback.objects.filter(helpful=True).count() == 1


def test_no_answer_shows_the_form_again(client, article, answer):
    response = client.post(SUBMIT, answer(helpful="", comment="Kept for you"))
    assert response.status_code == 400
    page = html(response)
    assert page.select_one("#feedback-helpful-error").get_text(" ", strip=True) == (
        "Error: Choose yes or no."
    )
    assert page.select_one("textarea[name=comment]").get_text() == "Kept for you"
    assert page.select_one("main a")["href"] == article.url
    assert not PageFeedback.objects.exists()


def test_a_comment_over_500_characters_is_refused(client, answer):
    response = client.post(SUBMIT, answer("no", "x" * 501))
    assert response.status_code == 400
    assert html(response).select_one("#feedback-comment-error")
    assert not PageFeedback.objects.exists()
    assert client.post(SUBMIT, answer("no", "x" * 500)).status_code == 302


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        ("Call me back on jane.doe@example.org", "remove the email address"),
        ("my number is +44 20 7946 0958", "remove the phone number"),
        ("ring 07700900123 please", "remove the phone number"),
        ("(020) 7946-0958", "remove the phone number"),
    ],
)
def test_comments_with_contact_details_are_refused(client, answer, comment, message):
    response = client.post(SUBMIT, answer("no", comment))
    assert response.status_code == 400
    error = html(response).select_one("#feedback-comment-error").get_text()
    assert message in error
    textarea = html(response).select_one("textarea[name=comment]")
    assert textarea["aria-invalid"] == "true"
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("jane@example.org", "email"),
        ("+1 (555) 010-9999", "phone"),
        ("0161 496 0000", "phone"),
        ("I took 5 mg a day for 12 months in 2023", None),
        ("Between 2019 and 2021 it helped", None),
        ("Write @ me", None),
        ("", None),
    ],
)
def test_contact_details_rule(text, kind):
    assert contact_details_in(text) == kind


def test_a_forged_token_is_refused(client, article):
    data = {"token": "1:forged", "helpful": "yes", "comment": ""}
    response = client.post(SUBMIT, data)
    assert response.status_code == 400
    assert "expired" in html(response).select_one("[role=alert]").get_text()
    assert not PageFeedback.objects.exists()


def test_a_page_that_is_not_live_takes_no_answers(client, treatment_index, answer):
    draft = TreatmentPageFactory(parent=treatment_index, live=False)
    assert client.post(SUBMIT, answer(page=draft)).status_code == 404
    assert not PageFeedback.objects.exists()


def test_answers_are_posted_not_fetched(client, answer):
    assert client.get(SUBMIT, answer()).status_code == 405
    assert not PageFeedback.objects.exists()


def test_the_refusal_page_is_never_cached(client, answer):
    response = client.post(SUBMIT, answer(helpful=""))
    assert "no-cache" in response["Cache-Control"]
