"""The pure parts: routing order, retry delays, ages, client addresses, tokens."""

import time

import pytest

from inquiries.fill_time import make_fill_token, seconds_since_shown
from inquiries.forms import contains_line_break
from inquiries.retention import parse_age_days
from inquiries.routing import choose_recipient
from inquiries.spreadsheets import neutralise_formula
from inquiries.tasks import retry_delay
from treatments.clients import client_address


def test_routing_prefers_doctor_then_treatment_then_condition_then_default():
    assert choose_recipient("dr@x.org", "t@x.org", ["c@x.org"], "d@x.org") == "dr@x.org"
    assert choose_recipient("", "t@x.org", ["c@x.org"], "d@x.org") == "t@x.org"
    assert choose_recipient("", "", ["", "c@x.org"], "d@x.org") == "c@x.org"
    assert choose_recipient(None, "", [], "d@x.org") == "d@x.org"


def test_retry_delay_doubles_up_to_the_cap():
    assert [retry_delay(n, base=60, cap=600) for n in range(1, 7)] == [
        60,
        120,
        240,
        480,
        600,
        600,
    ]
    assert retry_delay(0, base=60, cap=600) == 60


@pytest.mark.parametrize(
    ("text", "days"), [("180d", 180), ("180", 180), (" 7D ", 7), ("0d", 0)]
)
def test_parse_age_days(text, days):
    assert parse_age_days(text) == days


@pytest.mark.parametrize("text", ["", "d", "-5d", "180w", "1.5d", "ten"])
def test_parse_age_days_refuses_the_rest(text):
    with pytest.raises(ValueError):
        parse_age_days(text)


def test_client_address_trusts_only_our_proxies():
    assert client_address("10.0.0.1", "1.1.1.1, 2.2.2.2", 0) == "10.0.0.1"
    # One proxy of ours: the rightmost entry is what it saw; the rest is the visitor's.
    assert client_address("10.0.0.1", "6.6.6.6, 2.2.2.2", 1) == "2.2.2.2"
    assert client_address("10.0.0.1", "6.6.6.6, 2.2.2.2, 10.0.0.2", 2) == "2.2.2.2"
    assert client_address("10.0.0.1", "", 1) == "10.0.0.1"
    assert client_address("10.0.0.1", "2.2.2.2", 3) == "2.2.2.2"


@pytest.mark.parametrize("value", ["a\rb", "a\nb", "a\r\nb", "a\u2028b"])
def test_line_breaks_are_detected(value):
    assert contains_line_break(value)


def test_plain_text_has_no_line_break():
    assert not contains_line_break("Zoë 山田 <script>")


def test_fill_token_measures_time_and_refuses_forgeries():
    now = time.time()
    assert 59 <= seconds_since_shown(make_fill_token(now - 60), now=now) <= 61
    assert seconds_since_shown("123", now=now) is None
    assert seconds_since_shown(make_fill_token(now + 100), now=now) is None
    assert seconds_since_shown(make_fill_token(now - 2 * 86400), now=now) is None


@pytest.mark.parametrize("value", ["=1+1", "+1 555", "-2", "@SUM(A1)", "\tx"])
def test_spreadsheet_formulas_are_neutralised(value):
    assert neutralise_formula(value) == "'" + value


def test_plain_values_pass_through_the_formula_guard():
    assert neutralise_formula("Jane") == "Jane"
    assert neutralise_formula(5) == 5
