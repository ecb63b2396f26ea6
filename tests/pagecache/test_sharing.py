"""What the page cache serves, and what it never shares between visitors."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache, caches
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail import hooks
from wagtail.models import PageViewRestriction

from inquiries import demo
from pagecache import store
from pagecache.purge import purge
from pagecache.shows import Purge

from .conftest import text_of

pytestmark = pytest.mark.django_db

ARTICLE = "/treatments/minoxidil/"


def csrf_token_in(response):
    field = BeautifulSoup(response.content, "html.parser").select_one(
        "input[name=csrfmiddlewaretoken]"
    )
    return field["value"] if field else None


@pytest.fixture
def inquiry_form(home_page, minoxidil, committed):
    with committed():
        demo.build(home_page, log=lambda message: None)
    return "/inquire/"


def test_a_second_anonymous_read_is_a_hit_with_no_query(
    client, minoxidil, django_assert_num_queries
):
    first = client.get(ARTICLE)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get(ARTICLE)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Topical minoxidil" in text_of(again)


CACHE_CALLS = ("get", "get_many", "set", "set_many", "add", "delete", "delete_many")


def record_cache_calls(backend, monkeypatch):
    """The names of the cache methods called from outside the backend (the
    local-memory backend's `get_many` calls its own `get`: not counted)."""
    calls, depth = [], []

    def recorded(name, method):
        def call(*args, **kwargs):
            if not depth:
                calls.append(name)
            depth.append(name)
            try:
                return method(*args, **kwargs)
            finally:
                depth.pop()

        return call

    for name in CACHE_CALLS:
        monkeypatch.setattr(backend, name, recorded(name, getattr(backend, name)))
    return calls


def test_a_hit_is_one_cache_round_trip(client, minoxidil, monkeypatch):
    """The tokens and the entry come in one `get_many`: nothing else is asked
    of the cache, nothing is written."""
    client.get(ARTICLE)
    calls = record_cache_calls(caches["default"], monkeypatch)
    assert client.get(ARTICLE)["X-Page-Cache"] == "hit"
    assert calls == ["get_many"]


def test_head_is_answered_from_the_get_entry(client, minoxidil):
    client.get(ARTICLE)
    get = client.get(ARTICLE)
    head = client.head(ARTICLE)
    assert head.status_code == 200
    assert head["X-Page-Cache"] == "hit"
    assert head.content == b""
    assert head["Content-Length"] == get["Content-Length"] == str(len(get.content))


def test_each_query_string_has_its_own_entry(client, minoxidil, finasteride):
    everything = client.get("/treatments/")
    none = client.get("/treatments/?condition=no-such-condition")
    assert "Topical minoxidil" in text_of(everything)
    assert "Topical minoxidil" not in text_of(none)
    assert client.get("/treatments/")["X-Page-Cache"] == "hit"
    again = client.get("/treatments/?condition=no-such-condition")
    assert again["X-Page-Cache"] == "hit"
    assert "Topical minoxidil" not in text_of(again)


def test_the_inquiry_form_token_is_never_shared(inquiry_form):
    first, second = Client(), Client()
    one = first.get(inquiry_form)
    two = second.get(inquiry_form)
    assert one.status_code == two.status_code == 200
    assert "X-Page-Cache" not in one and "X-Page-Cache" not in two
    assert csrf_token_in(one) and csrf_token_in(two)
    # Each visitor's token belongs to its own CSRF cookie.
    assert one.cookies["csrftoken"].value != two.cookies["csrftoken"].value
    # A visitor who already holds the cookie still gets a fresh render.
    again = first.get(inquiry_form)
    assert "X-Page-Cache" not in again
    assert csrf_token_in(again)


def test_a_page_read_after_the_form_has_no_token(inquiry_form, minoxidil):
    visitor = Client()
    visitor.get(inquiry_form)  # now holds a CSRF cookie
    visitor.get(ARTICLE)
    shared = Client().get(ARTICLE)
    assert shared["X-Page-Cache"] == "hit"
    assert "csrfmiddlewaretoken" not in shared.content.decode()
    assert not shared.cookies


def test_an_editors_page_is_never_served_to_a_reader(client, admin_client, minoxidil):
    editors = admin_client.get(ARTICLE)
    assert "X-Page-Cache" not in editors
    assert b"wagtail-userbar" in editors.content
    reader = client.get(ARTICLE)
    assert reader["X-Page-Cache"] == "miss"
    assert b"wagtail-userbar" not in reader.content
    # and a cached page is never served to the editor either
    assert client.get(ARTICLE)["X-Page-Cache"] == "hit"
    again = admin_client.get(ARTICLE)
    assert "X-Page-Cache" not in again
    assert b"wagtail-userbar" in again.content


def test_a_response_that_sets_a_cookie_is_never_stored(client, minoxidil):
    def with_a_cookie(page, request, serve_args, serve_kwargs):
        response = HttpResponse("personal")
        response.set_cookie("visitor", "one")
        return response

    with hooks.register_temporarily("before_serve_page", with_a_cookie):
        first = client.get(ARTICLE)
    assert first.cookies["visitor"].value == "one"
    assert "X-Page-Cache" not in first
    second = Client().get(ARTICLE)
    assert second["X-Page-Cache"] == "miss"  # rendered, not the cookie's copy
    assert "visitor" not in second.cookies


def test_a_message_cookie_bypasses_the_cache(client, minoxidil):
    client.get(ARTICLE)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(ARTICLE)


def test_search_results_and_suggestions_are_never_cached(client, minoxidil):
    for url in ("/search/?q=minoxidil", "/search/suggest/?q=mino"):
        client.get(url)
        again = client.get(url)
        assert again.status_code == 200
        assert "X-Page-Cache" not in again


def test_a_missing_page_is_not_cached(client, home_page):
    # A redirect created in the admin answers a 404's address without any
    # publish: a cached 404 would hide it.
    client.get("/no-such-page/")
    again = client.get("/no-such-page/")
    assert again.status_code == 404
    assert "X-Page-Cache" not in again


def test_a_page_given_a_view_restriction_leaves_the_cache(client, minoxidil, committed):
    client.get(ARTICLE)
    with committed():
        PageViewRestriction.objects.create(
            page=minoxidil, restriction_type="password", password="secret"
        )
    response = client.get(ARTICLE)
    assert "X-Page-Cache" not in response
    form = BeautifulSoup(response.content, "html.parser")
    assert form.select_one("input[name=password]")
    assert "A short summary of the treatment" not in form.get_text()
    assert csrf_token_in(response)  # Wagtail's password form, never stored
    assert "X-Page-Cache" not in client.get(ARTICLE)


def test_page_cache_off_renders_every_request(client, minoxidil, settings):
    settings.PAGE_CACHE = False
    client.get(ARTICLE)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(ARTICLE)
    assert "X-Page-Cache" not in again
    assert len(queries) > 0


def test_a_page_rendered_across_a_purge_is_not_kept(client, minoxidil):
    """The tokens are read when the request starts: a purge landing while the
    page renders leaves the stored copy where nobody looks."""
    client.get(ARTICLE)  # cached, so the tokens exist
    rendered_before_the_change = client.get(ARTICLE)
    slot = store.slot_for(RequestFactory().get(ARTICLE))  # a request starts
    purge(Purge({"http://testserver" + ARTICLE}))  # the change commits
    store.keep(slot, rendered_before_the_change)  # the render ends
    assert client.get(ARTICLE)["X-Page-Cache"] == "miss"


def test_a_first_render_across_a_purge_is_not_kept(client, minoxidil):
    """The same when the cache holds no token yet (an empty or evicted
    cache): the purge sets one first, so the late store gives up."""
    cache.clear()
    slot = store.slot_for(RequestFactory().get(ARTICLE))
    assert slot.path_token is None
    stale = Client().get(ARTICLE)
    purge(Purge({"http://testserver" + ARTICLE}))
    store.keep(slot, stale)
    assert client.get(ARTICLE)["X-Page-Cache"] == "miss"
