"""The reply promise in working days (Monday to Friday). Pure functions.

Time is counted in the site's time zone. A working day is 24 hours of a
weekday: an inquiry received on Friday at 15:00 is due, within two working
days, on Tuesday at 15:00. One received at the weekend starts the clock on
Monday at midnight. Public holidays are not known here and count as working
days.
"""

import datetime

from django.utils import timezone

ONE_DAY = datetime.timedelta(days=1)


def is_working_day(day):
    return day.weekday() < 5


def next_working_start(moment):
    """`moment`, or the Monday midnight after it when it falls at a weekend."""
    if is_working_day(moment.date()):
        return moment
    while not is_working_day(moment.date()):
        moment = datetime.datetime.combine(moment.date() + ONE_DAY, datetime.time())
    return moment


def add_working_days(moment, days):
    """Naive local `moment` plus `days` working days (weekends skipped)."""
    moment = next_working_start(moment)
    while days > 0:
        moment += ONE_DAY
        if is_working_day(moment.date()):
            days -= 1
    return moment


def subtract_working_days(moment, days):
    """The earliest naive local time from which `days` working days reach `moment`."""
    if not is_working_day(moment.date()):
        # At a weekend the clock stands at Friday's end (Saturday midnight).
        while not is_working_day(moment.date() - ONE_DAY):
            moment = datetime.datetime.combine(moment.date() - ONE_DAY, datetime.time())
        moment = datetime.datetime.combine(moment.date(), datetime.time())
    while days > 0:
        moment -= ONE_DAY
        if is_working_day(moment.date()):
            days -= 1
    # Monday midnight is reached from the whole weekend before it too.
    while moment.time() == datetime.time() and not is_working_day(
        moment.date() - ONE_DAY
    ):
        moment -= ONE_DAY
    return moment


def to_local(moment):
    return timezone.localtime(moment).replace(tzinfo=None)


def to_aware(local_moment):
    return timezone.make_aware(local_moment)


def reply_due(received, working_days):
    """When the reply to an inquiry received at `received` is due (aware)."""
    return to_aware(add_working_days(to_local(received), working_days))


def overdue_if_received_before(now, working_days):
    """Inquiries received before this instant are overdue at `now` (aware).

    The inverse of reply_due(): reply_due(t) < now exactly when t is before
    it, so the listing can sort overdue inquiries first in one query.
    """
    return to_aware(subtract_working_days(to_local(now), working_days))


def working_days_elapsed(received, now, limit=99):
    """Whole working days between `received` and `now` (at most `limit`)."""
    start = to_local(received)
    end = to_local(now)
    days = 0
    while days < limit and add_working_days(start, days + 1) <= end:
        days += 1
    return days
