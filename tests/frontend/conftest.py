import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.management import call_command


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def demo(db):
    """The whole demo site, as `make run` builds it."""
    call_command("load_demo", verbosity=0)
    cache.clear()
