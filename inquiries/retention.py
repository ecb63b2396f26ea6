"""How long submissions are kept, and deleting the older ones."""

import datetime
import re

from django.utils import timezone

from treatments.sites import default_site

from .models.settings import DEFAULT_RETENTION_DAYS, InquirySettings
from .models.submissions import InquirySubmission

AGE_PATTERN = re.compile(r"^\s*(\d+)\s*d?\s*$", re.IGNORECASE)


def parse_age_days(text):
    """'180d' or '180' -> 180. Raises ValueError for anything else. Pure."""
    match = AGE_PATTERN.match(str(text))
    if not match:
        raise ValueError(f"expected a number of days such as 180d, not {text!r}")
    return int(match.group(1))


def submissions_older_than(days, now=None):
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return InquirySubmission.objects.filter(submit_time__lt=cutoff)


def default_retention_days():
    site = default_site()
    if site is None:
        return DEFAULT_RETENTION_DAYS
    return InquirySettings.for_site(site).inquiry_retention_days
