"""Settings every environment shares. Environment-specific files build on this."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_float, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps. treatments/ is the domain; the others build on it.
    "treatments",
    "home",
    "search",
    "inquiries",
    "publishing",
    "feedback",
    "operations",
    "pagecache",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailseo",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

# An approved medical review publishes the page; reviewers need no publish
# right of their own (see publishing.finish_workflow).
WAGTAIL_FINISH_WORKFLOW_ACTION = "publishing.finish_workflow.publish_approved"

MIDDLEWARE = [
    # Outermost, so no layer adds a body back: see operations/head_requests.py.
    "operations.head_requests.HeadWithoutBodyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers of public pages are answered from the shared cache
    # before anything touches the database (pagecache/middleware.py).
    "pagecache.middleware.PageCacheMiddleware",
    # Outages: a database error from a view becomes a 503 with Retry-After.
    "operations.outage.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's Wagtail Site from the cache, not a query per request.
    "treatments.site_cache.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL selects PostgreSQL (production, CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache and sessions (production stack) -----------------------------------
# Redis through django-redis when REDIS_URL is set (production, shared by every
# app server); otherwise a per-process memory cache, fine for one dev server.
# A Redis outage must slow the site, never break it: connection errors are
# ignored (a miss, or a no-op write) and logged, and short socket timeouts keep
# an unreachable Redis from holding a request for long.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": env_float("REDIS_CONNECT_TIMEOUT", 0.25),
                "SOCKET_TIMEOUT": env_float("REDIS_TIMEOUT", 0.5),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DJANGO_REDIS_IGNORE_EXCEPTIONS = True
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "portal.cache"
# Sessions read through the cache and are written to the database, so a
# Redis outage logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Media storage (production stack) -----------------------------------------
# A local directory (MEDIA_ROOT) unless a bucket is named: then any
# S3-compatible store through django-storages, which needs boto3
# (requirements-s3.txt). Every app server and the worker must see the same
# media, so several hosts need the bucket or a shared directory.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
    AWS_ACCESS_KEY_ID = env_str("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env_str("AWS_SECRET_ACCESS_KEY")
    AWS_LOCATION = env_str("AWS_LOCATION", "media")
    # Images and documents are public; names never collide with older files.
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}

# --- HTTP cache purges (production stack) -------------------------------------
# Wagtail's frontend cache sends PURGE requests for a page's URLs when it is
# published, unpublished or moved. FRONTEND_CACHE_URL is the cache's address
# (Varnish in `make serve-prod`); unset, nothing is purged.
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
WAGTAILFRONTENDCACHE = (
    {
        "http-cache": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
    if FRONTEND_CACHE_URL
    else {}
)

# --- Page cache (production stack) --------------------------------------------
# Anonymous GETs of public pages are kept in the "default" cache and purged by
# pagecache/ whenever what they show changes. PAGE_CACHE=off renders every
# request (to measure uncached renders). Only the views named here are ever
# stored: Wagtail's pages, the A-Z and the sitemap; search, forms' landing
# pages, the admin and documents are never.
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# A purge sent while Redis is unreachable is lost: this bounds how long a
# page cached before the outage can outlive it.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60 * 60)
PAGE_CACHE_URL_NAMES = ["wagtail_serve", "treatments_a_to_z", "sitemap"]

# Email: a plain SMTP server named by the environment. The visitor's request
# never talks to it directly; notifications go through the task queue.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("EMAIL_PORT", 1025)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Clinic portal <no-reply@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Tasks. "default" runs Wagtail's own housekeeping (search index, references)
# inline, as before Wagtail adopted django-tasks. "durable" is the database
# queue for side effects that must survive a crash (inquiry emails); a
# `db_worker --backend durable` process runs it.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "durable": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "email"],
    },
}

# Wagtail
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Clinic Network Treatment Guide")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "english",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_I18N_ENABLED = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Autosave off: Wagtail's autosave can race the editor's own "Save draft". A
# request sent just before the save can land after it: on a new page the
# autosave creates the page while the editor's save is in flight, and that
# save then fails on the slug ("could not be created"), keeping the autosaved
# draft, which lacks what was typed last. tests/browser/test_editor_keeps_work.py
# failed 2 runs in 6 with autosave on and passed 6 in 6 with it off. Revisit
# when Wagtail orders autosaves against the editor's own saves.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILSEO_SEP = "|"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Logging: JSON lines on stdout in production, no personal data (logs.py).
from .logs import LOG_FORMAT, LOGGING  # noqa: E402,F401

# Inquiries: robot and flood protection, retries of notification emails.
# Rate limits count accepted forms per client address and per email address
# within a window; the cache (Redis in production) holds the counters.
INQUIRY_RATE_LIMIT_PER_ADDRESS = env_int("INQUIRY_RATE_LIMIT_PER_ADDRESS", 5)
INQUIRY_RATE_LIMIT_PER_EMAIL = env_int("INQUIRY_RATE_LIMIT_PER_EMAIL", 3)
INQUIRY_RATE_LIMIT_WINDOW_SECONDS = env_int("INQUIRY_RATE_LIMIT_WINDOW_SECONDS", 3600)
# Humans take longer than this to fill the form; robots usually do not.
INQUIRY_MIN_FILL_SECONDS = env_int("INQUIRY_MIN_FILL_SECONDS", 3)
# How many reverse proxies of ours add to X-Forwarded-For (0: trust none).
INQUIRY_TRUSTED_PROXIES = env_int("INQUIRY_TRUSTED_PROXIES", 0)
# A failed email is retried after 1, 2, 4 ... minutes, never more than an hour.
INQUIRY_RETRY_BASE_SECONDS = env_int("INQUIRY_RETRY_BASE_SECONDS", 60)
INQUIRY_RETRY_MAX_SECONDS = env_int("INQUIRY_RETRY_MAX_SECONDS", 3600)
# "Was this page helpful?": answers counted per client address within a window.
FEEDBACK_RATE_LIMIT_PER_ADDRESS = env_int("FEEDBACK_RATE_LIMIT_PER_ADDRESS", 10)
FEEDBACK_RATE_LIMIT_WINDOW_SECONDS = env_int("FEEDBACK_RATE_LIMIT_WINDOW_SECONDS", 3600)
# --- Email outbox (production stack) ------------------------------------------
# The worker sweeps the pending notifications this often, and queues again
# those whose next attempt is this far overdue (a task lost in a crash).
INQUIRY_OUTBOX_SWEEP_SECONDS = env_int("INQUIRY_OUTBOX_SWEEP_SECONDS", 30)
INQUIRY_OUTBOX_GRACE_SECONDS = env_int("INQUIRY_OUTBOX_GRACE_SECONDS", 60)

# Security: the admin door, cookies and headers (portal/settings/security.py).
from .security import *  # noqa: E402,F403
from .security import SECURITY_APPS, with_security_middleware  # noqa: E402

INSTALLED_APPS += SECURITY_APPS
MIDDLEWARE = with_security_middleware(MIDDLEWARE)
