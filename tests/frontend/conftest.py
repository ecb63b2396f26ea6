import pytest
from django.core.cache import cache
from django.core.management import call_command


@pytest.fixture(autouse=True)
def forget_cached_pages():
    """Cached sites and settings name rows the test rolls back: drop them after."""
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """The whole demo site, as `make run` builds it."""
    call_command("load_demo", verbosity=0)
    cache.clear()
