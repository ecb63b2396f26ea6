"""The admin's own Content-Security-Policy, two-factor check and refusal of
malformed form data.

The middleware classes tell the admin from the public site by the request's
path, under the configurable WAGTAIL_ADMIN_PATH.
"""

import traceback

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.template.response import TemplateResponse
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


class MalformedAdminPostMiddleware:
    """Refuses, with a 400 and a message, admin form posts no browser made.

    Nothing is saved: the widgets read the data before any form is valid.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not is_admin_path(request.path_info):
            return None
        if not raised_while_reading_form_data(exception):
            return None
        return TemplateResponse(
            request,
            "security/malformed_post.html",
            {"page_title": "Content could not be read"},
            status=400,
        )
