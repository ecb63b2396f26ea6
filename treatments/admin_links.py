"""Absolute links into the admin, for emails sent outside a request."""

from django.urls import reverse
from wagtail.admin.utils import get_admin_base_url


def absolute_admin_url(viewname, *args):
    """The admin view's URL on WAGTAILADMIN_BASE_URL, e.g. for a reminder email."""
    return get_admin_base_url().rstrip("/") + reverse(viewname, args=args)
