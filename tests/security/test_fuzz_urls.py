"""Hypothesis over every public URL: hostile paths, query strings and methods.

Whatever comes in, the answer is never a server error. The public URLs are
read from the URL configuration and the demo site's live pages, so a new
view or page type is fuzzed without a change here.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
# Names the views read, and a few they do not, so cleaning is exercised.
PARAM_NAMES = ["q", "condition", "evidence", "page", "treatment", "p", "format"]

# Text a person or a scanner can put in a URL: anything but lone surrogates,
# which no client can percent-encode.
hostile_text = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.sampled_from(
        [
            "\x00",
            "a\x00b",
            "\x0b",
            "%00",
            "'; --",
            "../../etc/passwd",
            "-1",
            "99999999999999999999",
            "1e9",
            "NaN",
            "<script>",
            "\ufeff",
            "\u202e",
        ]
    ),
    st.integers(min_value=200, max_value=5000).map(lambda n: "x" * n),
)
query = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAM_NAMES), hostile_text), hostile_text),
    max_size=6,
)


def plain_routes(resolver=None, prefix=""):
    """Paths of URL patterns without parameters, outside the admin."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from plain_routes(entry, route)
        elif isinstance(entry, URLPattern) and "<" not in route and "(" not in route:
            yield "/" + route.lstrip("^").rstrip("$")


def public_paths():
    """Every route without parameters and every live page, subpages included."""
    paths = {
        path
        for path in plain_routes()
        if not path.startswith(("/admin", "/django-admin"))
    }
    for page in Page.objects.live().public().specific():
        url = page.url
        if url:
            paths.update({url, url + "appointment-sheet/", url + "thanks/"})
    return sorted(paths)


@pytest.fixture
def paths(demo_site):
    found = public_paths()
    # The demo has all of these; an empty list would test nothing.
    assert {"/", "/search/", "/search/suggest/", "/treatments/a-z/"} <= set(found)
    assert len(found) > 10
    return found


@pytest.mark.django_db
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_no_server_error_for_any_path_query_or_method(hostile_client, paths, data):
    path = data.draw(st.sampled_from(paths))
    if data.draw(st.booleans()):
        path += data.draw(hostile_text).replace("?", "").replace("#", "") + "/"
    method = data.draw(st.sampled_from(METHODS))
    params = data.draw(query)
    response = hostile_client.generic(
        method, path, data=b"", QUERY_STRING=urlencode_pairs(params)
    )
    assert response.status_code < 500, (method, path, params)


def urlencode_pairs(pairs):
    from urllib.parse import urlencode

    return urlencode(pairs, doseq=False)


@pytest.mark.parametrize("path", ["/search/", "/search/suggest/", "/treatments/a-z/"])
def test_head_is_answered_wherever_get_is(hostile_client, paths, path):
    get = hostile_client.get(path, {"q": "hair"})
    head = hostile_client.head(path, {"q": "hair"})
    assert get.status_code == 200
    assert head.status_code == 200
    assert head.content == b""


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/search/", {"q": "hair", "condition": "androgenetic-alopecia\x00"}),
        ("/search/", {"q": "hair\x00loss", "evidence": "\x00", "page": "\x00"}),
        ("/treatments/", {"condition": "\x00", "page": "1\x00"}),
        ("/inquire/", {"treatment": "exosomes-for-hair-restoration\x00"}),
        ("/search/suggest/", {"q": "\x00" * 3000}),
    ],
)
def test_nul_in_parameters_is_not_a_server_error(hostile_client, paths, path, params):
    response = hostile_client.get(path, params)
    assert response.status_code == 200


def test_repeated_parameters_use_one_value(hostile_client, paths):
    response = hostile_client.get(
        "/search/?" + "&".join(["q=hair"] * 200 + ["condition=x"] * 200)
    )
    assert response.status_code == 200
    assert b"hair" in response.content
