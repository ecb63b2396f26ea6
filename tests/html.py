"""Reading a response's HTML in tests: one parser, the same everywhere."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def page_soup(response):
    """The HTML of a page that must have answered 200."""
    assert response.status_code == 200
    return soup(response)
