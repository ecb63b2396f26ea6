"""The visitor's address behind our proxies, for rate limits and the admin
lockout (every app that counts visitors asks here)."""

from django.conf import settings


def client_address(remote_addr, forwarded_for="", trusted_proxies=0):
    """The visitor's address, trusting only as many proxies as we run. Pure.

    Each proxy appends the address it received the request from to
    X-Forwarded-For, so with N proxies of ours the Nth entry from the right is
    the visitor; anything further left was written by the visitor.
    """
    if trusted_proxies <= 0 or not forwarded_for:
        return remote_addr or ""
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    if not hops:
        return remote_addr or ""
    return hops[-min(trusted_proxies, len(hops))]


def client_address_of(request):
    return client_address(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        settings.INQUIRY_TRUSTED_PROXIES,
    )
