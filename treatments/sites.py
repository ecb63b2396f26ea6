"""Which Wagtail site a request, a command or a task works for.

Commands, tasks and admin views that have no site of their own use the default
site. Before any site exists (a fresh database) there is none, and a site
setting then reads as its fields' defaults rather than numbers repeated here.
"""

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
