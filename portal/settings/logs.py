"""Logging settings, shared by every environment (production.py picks JSON)."""

from .env import env_int, env_str

# --- Logging (production stack) -----------------------------------------------
# To stdout, one line per record: plain text in development, JSON in
# production (LOG_FORMAT). No personal data: Django's request logger prints
# only the path and status, the JSON formatter drops exception messages, and
# repeated outage lines are rate-limited per logger and message.
LOG_FORMAT = env_str("LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s %(message)s"},
        "json": {"()": "operations.logs.JsonFormatter"},
    },
    "filters": {
        "rate_limited": {
            "()": "operations.logs.RateLimitFilter",
            "burst": env_int("LOG_BURST", 5),
            "window": env_int("LOG_BURST_WINDOW_SECONDS", 60),
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
            "filters": ["rate_limited"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
        },
        # One line per background task is noise at INFO.
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        # django-axes announces itself at INFO on every start, commands included.
        "axes": {"level": "WARNING"},
    },
}
