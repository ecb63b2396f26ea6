"""How long the form was open: a signed timestamp a robot cannot forge. Pure."""

import time

from django.core import signing

FILL_TOKEN_SALT = "inquiries.form-started"
# A token older than this is refused: a robot cannot keep one page for ever.
FILL_TOKEN_MAX_AGE = 24 * 60 * 60


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
