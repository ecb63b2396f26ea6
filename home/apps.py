from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        # Every deploy migrates: the default Site then takes the address in
        # settings (WAGTAILADMIN_BASE_URL), so absolute URLs carry the real
        # host from the first request on. A data migration would run once.
        post_migrate.connect(sync_site_address, sender=self)


def sync_site_address(sender, using="default", **kwargs):
    # Imported here: models cannot be imported while apps are loading.
    from django.db import connections
    from wagtail.models import Site

    from treatments.sites import sync_default_site_address

    # Not when migrating Wagtail back below its first migration.
    if Site._meta.db_table in connections[using].introspection.table_names():
        sync_default_site_address(using)
