"""The site-wide inquiry settings editors set in home's PortalSettings."""

from django.apps import apps


def portal_settings(site):
    # Read through the app registry: home builds on inquiries, not the reverse.
    return apps.get_model("home", "PortalSettings").for_site(site)
