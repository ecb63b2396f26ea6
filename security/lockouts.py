"""Which usernames and addresses are locked out now, from axes' attempt rows.

Axes counts failures per username and, separately, per address; either count
reaching AXES_FAILURE_LIMIT locks that username or that address out.
"""

from dataclasses import dataclass

from axes.helpers import get_cool_off
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone


@dataclass(frozen=True)
class Lockout:
    kind: str  # "username" or "address"
    value: str
    failures: int
    last_attempt: object


def current_lockouts(attempts):
    """Usernames first, then addresses, each with the failures that lock it."""
    since = timezone.now() - get_cool_off()
    recent = attempts.filter(attempt_time__gte=since)
    found = []
    for kind, field in (("username", "username"), ("address", "ip_address")):
        rows = (
            recent.exclude(**{f"{field}__isnull": True})
            .exclude(**{field: ""})
            .values(field)
            .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by(field)
        )
        found += [
            Lockout(kind, row[field], row["failures"], row["last"]) for row in rows
        ]
    return found
