"""The administrators' view of locked-out sign-ins, with an unlock button."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods
from wagtail.admin import messages

from .lockouts import current_lockouts


def can_unlock(user):
    return user.is_superuser


@require_http_methods(["GET", "HEAD", "POST"])
def lockouts(request):
    if not can_unlock(request.user):
        raise PermissionDenied
    if request.method == "POST":
        return unlock(request)
    return TemplateResponse(
        request,
        "security/lockouts.html",
        {
            "page_title": "Locked-out sign-ins",
            "header_icon": "lock",
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "lockouts": current_lockouts(AccessAttempt.objects.all()),
        },
    )


UNLOCK_BY = {"username": "username", "address": "ip"}


def unlock(request):
    """Forget every failure of one username, or of one address."""
    by = UNLOCK_BY.get(request.POST.get("kind", ""))
    value = request.POST.get("value", "")
    if by is None or not value:
        messages.error(request, "Choose a username or an address to unlock.")
    elif reset(**{by: value}):
        messages.success(request, f"Unlocked {value}.")
    else:
        messages.error(request, f"{value} was not locked out.")
    return redirect("security_lockouts")
