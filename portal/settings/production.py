"""Production: every secret from the environment; refuses to start unsafe."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required, env_str
from .security import path_prefix

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
if SECRET_KEY.startswith("dev-only") or len(SECRET_KEY) < 40:
    raise ImproperlyConfigured("SECRET_KEY must be a long random value in production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production")
env_required("DATABASE_URL")
env_required("REDIS_URL")

# Security --------------------------------------------------------------------
# Everything else is in security.py (shared with development); here is only
# what needs HTTPS or the production proxies.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
if SECURE_HSTS_SECONDS < 60 * 60 * 24 * 365:
    raise ImproperlyConfigured("SECURE_HSTS_SECONDS must be at least one year")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Production runs behind our TLS proxy, which appends the visitor's address to
# X-Forwarded-For; count every proxy of ours in front of gunicorn (the TLS
# proxy and an HTTP cache make 2). Rate limits and the login lockout both
# read the visitor's address through this.
INQUIRY_TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 1)
# Editors use Wagtail's admin; the Django admin is mounted only on request.
DJANGO_ADMIN_PATH = path_prefix(env_str("DJANGO_ADMIN_PATH", ""))
SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS is SAMEORIGIN because the admin previews pages in a
    # same-origin frame; public pages forbid framing with CSP frame-ancestors.
    "security.W019",
    # HSTS preload is a promise for the whole domain and every subdomain that
    # takes months to undo; a site opts in with SECURE_HSTS_PRELOAD=true.
    "security.W021",
]
