"""When an article's medical review falls: the date rules every app uses.

The page's own check, the review workflow (publishing/), the article import
command and the demo content all take the default interval and the order of
the two dates from here.
"""

import calendar
import datetime

DEFAULT_REVIEW_INTERVAL_MONTHS = 12


def add_months(date, months):
    """`date` plus whole months, clamped to the month's last day (31 Jan + 1 ->
    28 or 29 Feb)."""
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    day = min(date.day, calendar.monthrange(year, month)[1])
    return datetime.date(year, month, day)


def default_next_review(reviewed_on, months=DEFAULT_REVIEW_INTERVAL_MONTHS):
    """When the next review is due after a review on `reviewed_on`."""
    return add_months(reviewed_on, months)


def next_review_in_order(last_reviewed, next_review_due):
    """False only when both dates are set and the next is not after the last."""
    return not (last_reviewed and next_review_due) or next_review_due > last_reviewed
