"""Request bodies no form expects: other charsets, broken multipart, too big.

Each is answered with a 4xx or the form again, never a server error; the
400 page is rendered without reading the request a second time.
"""

import pytest
from bs4 import BeautifulSoup

from .conftest import CountingClient

FORM = "application/x-www-form-urlencoded"
TARGETS = ["/inquire/", "/search/", "/", "/treatments/", "/admin/login/"]


def post(client, path, body, content_type):
    return client.generic("POST", path, data=body, content_type=content_type)


@pytest.mark.parametrize("path", TARGETS)
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("name=Jane&message=Hello".encode("utf-16"), f"{FORM}; charset=utf-16"),
        ("name=Jos\u00e9".encode("utf-32"), f"{FORM}; charset=utf-32"),
        (b"name=\xff\xfe\xfa", f"{FORM}; charset=utf-8"),
        (b"name=Jane", f"{FORM}; charset=no-such-charset"),
        ("name=\u00e9".encode("cp1252"), f"{FORM}; charset=cp1252"),
        (b"\x00" * 64, f"{FORM}; charset=utf-16-be"),
    ],
)
def test_other_charsets(hostile_client, demo_site, path, body, content_type):
    response = post(hostile_client, path, body, content_type)
    assert response.status_code < 500


@pytest.mark.parametrize("path", TARGETS)
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            b"--xyz\r\nContent-Disposition: form-data\r\n\r\nbroken",
            "multipart/form-data; boundary=xyz",
        ),
        (b"no boundary here", "multipart/form-data"),
        (b"--xyz\r\n\r\n\r\n--xyz--", "multipart/form-data; boundary=xyz"),
        (b"--" + b"x" * 5000, "multipart/form-data; boundary=" + "x" * 5000),
        (
            b"--xyz\r\nContent-Disposition: form-data; "
            b'name="a"; filename="\x00.png"\r\n'
            b"Content-Type: image/png\r\n\r\n\x89PNG\r\n--xyz--\r\n",
            "multipart/form-data; boundary=xyz",
        ),
    ],
)
def test_broken_multipart(hostile_client, demo_site, path, body, content_type):
    response = post(hostile_client, path, body, content_type)
    assert response.status_code < 500


@pytest.mark.parametrize("path", ["/inquire/", "/", "/search/suggest/"])
def test_a_non_utf8_charset_gets_the_400_page(demo_site, path):
    """The request Django's own 400 handler failed on: its CSRF check read the
    body again. The real CSRF check runs here, with a cookie and a token."""
    client = CountingClient(enforce_csrf_checks=True)
    client.get("/inquire/")
    token = client.cookies["csrftoken"].value
    response = client.generic(
        "POST",
        path,
        data=b"name=Jane",
        content_type=f"{FORM}; charset=utf-16",
        HTTP_X_CSRFTOKEN=token,
    )
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.text == "We could not read that request"


def test_oversized_fields_and_bodies(hostile_client, demo_site):
    huge_field = post(hostile_client, "/inquire/", b"message=" + b"x" * 3_000_000, FORM)
    many_fields = post(
        hostile_client,
        "/inquire/",
        "&".join(f"f{n}=1" for n in range(12_000)).encode(),
        FORM,
    )
    assert huge_field.status_code == 400
    assert many_fields.status_code == 400
