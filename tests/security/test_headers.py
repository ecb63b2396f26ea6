"""Response headers: CSP (public and admin), frames, referrer, permissions,
and no inline script left in the public templates for the CSP to block."""

import pytest
from bs4 import BeautifulSoup


def directives(header):
    return {
        part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()
    }


def test_public_pages_allow_only_our_own_scripts(client, demo_site):
    response = client.get("/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_admin_has_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/treatments/",
        "/treatments/exosomes-for-hair-restoration/",
        "/treatments/exosomes-for-hair-restoration/appointment-sheet/",
        "/treatments/a-z/",
        "/search/?q=hair",
        "/inquire/",
        "/no-such-page/",
    ],
)
def test_no_inline_script_on_public_pages(client, demo_site, path):
    """Scripts are files under /static/; JSON-LD data blocks are not run."""
    soup = BeautifulSoup(client.get(path).content, "html.parser")
    for script in soup.find_all("script"):
        assert script.get("src", "").startswith("/static/") or (
            script.get("type") == "application/ld+json"
        ), script
    handlers = [
        (tag.name, attribute)
        for tag in soup.find_all(True)
        for attribute in tag.attrs
        if attribute.startswith("on")
    ]
    assert handlers == []
    assert not soup.select('a[href^="javascript:"]')
