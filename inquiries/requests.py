"""Facts about the current request that the inquiry form needs."""

from django.conf import settings

from .abuse import client_address


def client_address_of(request):
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.INQUIRY_TRUSTED_PROXIES,
    )
