"""The admin's own Content-Security-Policy and two-factor check.

Both middleware classes tell the admin from the public site by the request's
path, under the configurable WAGTAIL_ADMIN_PATH.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
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
