"""The site settings every page shows, read without a query on a warm request.

Wagtail reads a site setting with a query per request (`for_request` keeps it
on the request, no longer), and an article reads two (the SEO organisation,
the portal's disclaimer and contact details). Settings change when an
administrator saves them, so every registered site setting of a site is
cached with the sites (`site_cache`: one cache round trip for both) and handed
to Wagtail the way it caches them itself, on the request, so `for_request`,
the `settings` context processor and templates all find them.

The cache is dropped when any site setting or Site is saved or deleted: at
once, for the saving request, and again after the commit, so that a render
that read the old row while the change was being committed cannot keep it.
"""

from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.models import Site

CACHE_KEY = "treatments:site-settings"


def site_setting_models():
    """Every site setting registered with Wagtail (generic ones have no site)."""
    return [model for model in registry if issubclass(model, BaseSiteSetting)]


def read_settings(site):
    """{model label: the site's setting}, created with defaults if missing."""
    return {
        model._meta.label_lower: model.for_site(site) for model in site_setting_models()
    }


def site_settings(known, site):
    """The settings of `site` from `known` (the cached {site pk: settings}),
    read from the database when missing; returns (settings, changed)."""
    if site.pk in known:
        return known[site.pk], False
    return read_settings(site), True


def hand_to_request(request, found):
    """Where `for_request` looks first: the request, under Wagtail's name."""
    for model in site_setting_models():
        setting = found[model._meta.label_lower]
        setting._request = request
        setattr(request, model.get_cache_attr_name(), setting)


def forget_site_settings(**kwargs):
    """Receiver for site setting and Site saves and deletions."""
    if isinstance(kwargs.get("instance"), BaseSiteSetting | Site):
        cache.delete(CACHE_KEY)
        transaction.on_commit(lambda: cache.delete(CACHE_KEY))
