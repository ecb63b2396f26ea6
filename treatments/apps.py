from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "treatments"
    verbose_name = "Treatments"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import post_page_move

        from .site_cache import forget_sites
        from .site_pages import forget_site_pages
        from .site_settings import forget_site_settings
        from .view_restrictions import forget_view_restrictions

        for signal in (post_save, post_delete, post_page_move):
            signal.connect(forget_site_pages, dispatch_uid="treatments.site_pages")
            signal.connect(forget_sites, dispatch_uid="treatments.site_cache")
            signal.connect(
                forget_site_settings, dispatch_uid="treatments.site_settings"
            )
            signal.connect(
                forget_view_restrictions, dispatch_uid="treatments.view_restrictions"
            )
