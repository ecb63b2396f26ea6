"""Reading a rendered page's JSON-LD in tests."""

import json

from bs4 import BeautifulSoup


def json_ld(client, url, host="localhost"):
    """Every JSON-LD document on the page at `url`, parsed."""
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    scripts = BeautifulSoup(response.content, "html.parser").select(
        'script[type="application/ld+json"]'
    )
    for script in scripts:
        assert not set("<>&") & set(script.string), url
    return [json.loads(script.string) for script in scripts]


def nodes(documents):
    for document in documents:
        yield from document.get("@graph", [document])


def by_type(documents, type_name):
    return [node for node in nodes(documents) if node.get("@type") == type_name]
