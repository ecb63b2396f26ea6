"""JSON log lines carry no personal data, and repeated lines are rate-limited."""

import json
import logging

from django.db import IntegrityError

from operations.logs import JsonFormatter, RateLimitFilter


def record(message="database unavailable", exc_info=None, **extra):
    entry = logging.LogRecord(
        "portal.outage", logging.WARNING, __file__, 1, message, (), exc_info
    )
    entry.__dict__.update(extra)
    return entry


def test_a_record_is_one_json_object_with_chosen_fields_only():
    line = JsonFormatter().format(
        record(path="/treatments/", request=object(), email="jane@example.com")
    )
    entry = json.loads(line)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "portal.outage"
    assert entry["message"] == "database unavailable"
    assert entry["path"] == "/treatments/"
    assert "email" not in entry and "request" not in entry
    assert entry["time"].endswith("Z")


def test_an_exception_keeps_its_class_and_frames_but_not_its_message():
    try:
        raise IntegrityError("Key (email)=(jane@example.com) already exists.")
    except IntegrityError:
        import sys

        line = JsonFormatter().format(record("save failed", exc_info=sys.exc_info()))
    entry = json.loads(line)
    assert entry["exception"] == "IntegrityError"
    assert any("test_logs.py" in frame for frame in entry["stack"])
    assert "jane@example.com" not in line


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_rate_limit_lets_a_burst_through_then_counts_what_it_dropped():
    clock = Clock()
    limit = RateLimitFilter(burst=3, window=60, clock=clock)
    passed = [limit.filter(record()) for _ in range(10)]
    assert passed == [True] * 3 + [False] * 7
    # Other messages have their own allowance.
    assert limit.filter(record("cache unavailable"))

    clock.now = 61
    first = record()
    assert limit.filter(first)
    assert first.suppressed == 7
    assert not hasattr(record(), "suppressed")
