"""Local development: SQLite by default, DEBUG on, emails printed."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The site's own 404 page for unknown addresses, as visitors see it; server
# errors keep Django's traceback page. SITE_404_IN_DEBUG=0 brings back the
# technical 404 (the URL patterns tried). See home/not_found.py.
if env_bool("SITE_404_IN_DEBUG", True):
    MIDDLEWARE = [*MIDDLEWARE, "home.not_found.SiteNotFoundPageMiddleware"]  # noqa: F405
