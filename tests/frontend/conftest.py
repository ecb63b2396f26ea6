import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def forget_cached_pages():
    """Cached sites and settings name rows the test rolls back: drop them after."""
    yield
    cache.clear()


@pytest.fixture
def demo(demo_content):
    """The whole demo site, as `make run` builds it."""
