"""The admin's own Content-Security-Policy, two-factor check and refusal of
malformed form data.

The middleware classes tell the admin from the public site by the request's
path, under the configurable WAGTAIL_ADMIN_PATH.
"""

import traceback

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.shortcuts import render
from wagtail_2fa.middleware import VerifyUserPermissionsMiddleware


def is_admin_path(path):
    return path.startswith("/" + settings.WAGTAIL_ADMIN_PATH)


class AreaCSPMiddleware(CSPMiddleware):
    """Public pages get CONTENT_SECURITY_POLICY; the admin its looser policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and is_admin_path(request.path_info):
            return PolicyParts(
                config=settings.ADMIN_CONTENT_SECURITY_POLICY, nonce=parts.nonce
            )
        return parts


class AdminTwoFactorMiddleware(VerifyUserPermissionsMiddleware):
    """wagtail-2fa's check, only in the admin.

    Public pages never touch the session for it, so they stay cacheable and
    run no extra query; the admin is where a second factor protects anything.
    """

    def process_request(self, request):
        if not is_admin_path(request.path_info):
            return None
        return super().process_request(request)


def raised_while_reading_form_data(exception):
    """True when a form widget failed to read the POST data (value_from_datadict).

    Wagtail's StreamField, table and rich text widgets index and parse the
    POST data they expect; data no editor's browser would send makes them
    raise KeyError, ValueError, TypeError or RecursionError instead.
    """
    return any(
        frame.f_code.co_name == "value_from_datadict"
        for frame, _ in traceback.walk_tb(exception.__traceback__)
    )


# More rows than any inline panel holds (related links, form fields). Django
# would build up to 2,000 forms for a larger count, and rendering them back
# with their errors holds a worker for many seconds.
ADMIN_MAX_FORMS = 100


def claims_too_many_forms(post):
    """True when a formset's management data asks for more rows than any
    editor's page has."""
    for key, value in post.items():
        if key.endswith("-TOTAL_FORMS"):
            try:
                if int(value) > ADMIN_MAX_FORMS:
                    return True
            except ValueError:
                continue  # Django's management form reports it
    return False


class MalformedAdminPostMiddleware:
    """Refuses, with a 400 and a message, admin form posts no browser made.

    Nothing is saved: the widgets read the data before any form is valid, and
    an outsized formset is refused before the view runs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_admin_post(request) and claims_too_many_forms(request.POST):
            return malformed_post_response(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_admin_post(request):
            return None
        if not raised_while_reading_form_data(exception):
            return None
        return malformed_post_response(request)


def is_admin_post(request):
    return request.method == "POST" and is_admin_path(request.path_info)


def malformed_post_response(request):
    return render(
        request,
        "security/malformed_post.html",
        {"page_title": "Content could not be read"},
        status=400,
    )
