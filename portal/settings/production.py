"""Production: every secret from the environment; refuses to start unsafe.

Grouped by concern so that parallel changes (security headers, lockout, 2FA)
merge cleanly: each group starts with a `# ---` heading.
"""

import importlib.util

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
# Off only on a loopback stack without TLS (`make serve-prod`).
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
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

# --- Database (production stack) ---------------------------------------------
# Persistent connections, checked before reuse: a PostgreSQL restart costs
# each process one failed check and a reconnect, not an error page.
database = DATABASES["default"]  # noqa: F405
database["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
database["CONN_HEALTH_CHECKS"] = True
if database["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails a request in seconds, not minutes.
    connect_timeout = env_int("DATABASE_CONNECT_TIMEOUT", 3)
    database.setdefault("OPTIONS", {})["connect_timeout"] = connect_timeout

# --- Static files and media (production stack) --------------------------------
# whitenoise serves collectstatic's output: hashed names, gzip (and brotli when
# installed) copies, and a ten-year immutable Cache-Control for hashed files.
# Unhashed paths (a stray /static/x.css) get an hour.
WHITENOISE_MAX_AGE = env_int("STATIC_MAX_AGE", 3600)
if AWS_STORAGE_BUCKET_NAME and importlib.util.find_spec("boto3") is None:  # noqa: F405
    raise ImproperlyConfigured(
        "AWS_STORAGE_BUCKET_NAME is set but boto3 is missing: "
        "pip install -r requirements-s3.txt"
    )

# --- Logging (production stack) -----------------------------------------------
LOGGING["handlers"]["console"]["formatter"] = env_str("LOG_FORMAT", "json")  # noqa: F405
