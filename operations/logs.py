"""Log records as one JSON object per line, and a filter that stops floods.

The formatter writes a fixed set of fields. Exception messages are left out
on purpose: database and SMTP errors quote the values involved (an email
address in a unique-key error, a recipient in an SMTP refusal), so a
traceback is reduced to the exception's class and its frames.
"""

import datetime
import json
import logging
import threading
import time
import traceback

# Extra attributes worth keeping when a caller passes them; anything else a
# caller attaches (Django's `request`, for one) is never written.
EXTRA_FIELDS = ("status_code", "error", "path", "suppressed", "count", "attempt")


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created, datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in EXTRA_FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                entry[field] = value if isinstance(value, int | float) else str(value)
        if record.exc_info and record.exc_info[0] is not None:
            entry["exception"] = record.exc_info[0].__name__
            entry["stack"] = frames_of(record.exc_info[2])
        return json.dumps(entry, ensure_ascii=False)


def frames_of(tb):
    """'file:line in function' for each frame, innermost last; no values."""
    return [
        f"{frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]


class RateLimitFilter(logging.Filter):
    """At most `burst` records per logger and message each `window` seconds.

    A Redis or database outage makes every request log the same line; a few
    per minute say as much. The first record after a quiet window carries the
    number that were dropped (`suppressed`).
    """

    def __init__(self, burst=5, window=60, clock=time.monotonic):
        super().__init__()
        self.burst = burst
        self.window = window
        self.clock = clock
        self.lock = threading.Lock()
        self.windows = {}

    def filter(self, record):
        key = (record.name, str(record.msg))
        now = self.clock()
        with self.lock:
            started, seen, dropped = self.windows.get(key, (now, 0, 0))
            if now - started >= self.window:
                started, seen = now, 0
            if seen >= self.burst:
                self.windows[key] = (started, seen, dropped + 1)
                return False
            if dropped and seen == 0:
                record.suppressed = dropped
                dropped = 0
            self.windows[key] = (started, seen + 1, dropped)
        return True
