import pytest
from django.core.cache import cache

from feedback.tokens import page_token
from tests.factories import TreatmentPageFactory


@pytest.fixture(autouse=True)
def fresh_counters():
    """Rate-limit counters and cached site lookups live in the test cache."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(treatment_index):
    return TreatmentPageFactory(parent=treatment_index, title="Minoxidil")


@pytest.fixture
def answer(article):
    """The form data a visitor sends: answer(helpful="no", comment="...")."""

    def build(helpful="yes", comment="", page=None):
        return {
            "token": page_token((page or article).pk),
            "helpful": helpful,
            "comment": comment,
        }

    return build
