from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "security"
    verbose_name = "Security"

    def ready(self):
        from . import links  # connects the link check

        links.check_admin_url_fields()
