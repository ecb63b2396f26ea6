from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: health endpoint, outage responses, log format. No models."""

    name = "operations"
    verbose_name = "Operations"
