"""Pure checks against robots and header injection; no ORM, no cache."""

import time

from django.core import signing

FILL_TOKEN_SALT = "inquiries.form-started"
# A token older than this is refused: a robot cannot keep one page for ever.
FILL_TOKEN_MAX_AGE = 24 * 60 * 60


def contains_line_break(value):
    """True when `value` could break out of an email header line."""
    return any(char in value for char in "\r\n\x0b\x0c\x85\u2028\u2029")


def make_fill_token(started_at=None):
    """A signed note of when the form was shown (seconds since the epoch)."""
    started_at = int(time.time() if started_at is None else started_at)
    return signing.dumps(started_at, salt=FILL_TOKEN_SALT)


def seconds_since_shown(token, now=None):
    """Seconds since the form was shown, or None if the token is forged or stale."""
    now = time.time() if now is None else now
    try:
        started_at = signing.loads(token or "", salt=FILL_TOKEN_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(started_at, int):
        return None
    elapsed = now - started_at
    if elapsed < 0 or elapsed > FILL_TOKEN_MAX_AGE:
        return None
    return elapsed


def client_address(remote_addr, forwarded_for="", trusted_proxies=0):
    """The visitor's address, trusting only as many proxies as we run.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so with N proxies of ours the Nth entry from the right is
    the visitor; anything further left was written by the visitor.
    """
    if trusted_proxies <= 0 or not forwarded_for:
        return remote_addr or ""
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    if not hops:
        return remote_addr or ""
    return hops[-min(trusted_proxies, len(hops))]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Text a spreadsheet will not run as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
