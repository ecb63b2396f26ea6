"""Which Wagtail site a request, a command or a task works for.

Commands, tasks and admin views that have no site of their own use the default
site. Before any site exists (a fresh database) there is none, and a site
setting then reads as its fields' defaults rather than numbers repeated here.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def default_site():
    """The site marked as default, or None on a database without sites."""
    return Site.objects.select_related("root_page").filter(is_default_site=True).first()


def site_for_request(request):
    """The site a request was made to, else the default site."""
    return Site.find_for_request(request) or default_site()


def site_setting(setting_class, site):
    """A site setting for `site`; without a site, an unsaved one with defaults."""
    return setting_class.for_site(site) if site else setting_class()


def configured_address():
    """(hostname, port) of the site's public address, WAGTAILADMIN_BASE_URL.

    Wagtail builds every absolute URL (canonical links, JSON-LD, the sheet's
    "Full article" line, emails) from the Site record's hostname and port, so
    the record must say where the site really is. portal/settings reads the
    address from the environment; this only takes it apart.
    """
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port


def sync_default_site_address(using="default"):
    """Give the default Site the configured hostname and port; True if it
    changed. Called after every migrate (home/apps.py) and by the demo
    builder, so a fresh deploy and `make run` both carry the real host."""
    hostname, port = configured_address()
    changed = (
        Site.objects.using(using)
        .filter(is_default_site=True)
        .exclude(hostname=hostname, port=port)
        .update(hostname=hostname, port=port)
    )
    if changed:
        Site.clear_site_root_paths_cache()
    return bool(changed)
