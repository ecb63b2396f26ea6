"""Which queries may be recorded for the popular-searches report (pure)."""

import re

EMAIL = re.compile(r"\S+@\S+")
# Phone numbers, dates of birth, record numbers: six digits or more in all.
MAX_DIGITS = 5


def looks_personal(text):
    """True when a query may hold personal data and must not be stored."""
    if EMAIL.search(text):
        return True
    return sum(char.isdigit() for char in text) > MAX_DIGITS


def recordable_form(words):
    """The stored form of a query: lower-case words joined by single spaces."""
    return " ".join(words)
