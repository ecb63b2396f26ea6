"""Security: the admin door, cookies and response headers.

Imported at the end of base.py, so every environment has the same policy;
production.py turns on what needs HTTPS (Secure cookies, HSTS, redirects) in
its own "Security" block. Values that differ between sites come from the
environment and are listed in the README's configuration table.
"""

from datetime import timedelta

from .env import env_int, env_list, env_str

# The admin's address: a scanner that tries /admin/ finds nothing when a site
# moves it. Both end with a slash; an empty DJANGO_ADMIN_PATH unmounts the
# Django admin (production does by default: editors use Wagtail's).


def path_prefix(raw):
    """A URL prefix such as "admin/" from what the environment says ("" stays "")."""
    raw = (raw or "").strip().strip("/")
    return raw + "/" if raw else ""


WAGTAIL_ADMIN_PATH = path_prefix(env_str("WAGTAIL_ADMIN_PATH", "admin")) or "admin/"
DJANGO_ADMIN_PATH = path_prefix(env_str("DJANGO_ADMIN_PATH", "django-admin"))

SECURITY_APPS = [
    "security",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
]

# Brute-force lockout (django-axes). Failures are counted per username and,
# separately, per client address: either reaching the limit locks that
# username or that address out until the cool-off ends or an administrator
# unlocks it (Settings -> Locked-out sign-ins, or manage.py axes_reset_*).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/lockout.html"
# The same reading of X-Forwarded-For as the inquiry rate limits: behind our
# proxies every administrator must not share the proxy's address.
AXES_CLIENT_IP_CALLABLE = "treatments.clients.client_address_of"
# Attempt rows keep the address and username only, never the request data.
AXES_SENSITIVE_PARAMETERS = ["password"]

# Two-factor authentication (wagtail-2fa on django-otp): required for users
# holding "Enable 2FA" (superusers, Inquiry managers: see the security app's
# migration), optional for everyone else. A user who has a device is always
# asked for a code.
WAGTAIL_2FA_REQUIRED = True
WAGTAIL_2FA_OTP_TOTP_NAME = env_str("SITE_NAME", "Clinic Network Treatment Guide")
OTP_TOTP_ISSUER = WAGTAIL_2FA_OTP_TOTP_NAME

# Cookies: the session cookie is never readable by scripts; the CSRF cookie
# stays readable because Wagtail's admin JavaScript sends it back. Lax keeps
# links from emails to the admin working while refusing cross-site POSTs.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 12)

# Headers. HSTS and SSL redirects are production's (they need HTTPS).
# SAMEORIGIN, not DENY: the admin previews pages in a same-origin frame.
# Public pages also send frame-ancestors 'none' (below), which browsers obey first.
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Content-Security-Policy for public pages: scripts only from our own static
# files (no inline script, no eval). Styles allow inline attributes because
# responsive embeds carry a padding style; video embeds come from the hosts
# in CSP_FRAME_HOSTS. The admin gets ADMIN_CONTENT_SECURITY_POLICY instead.
CSP_FRAME_HOSTS = env_list(
    "CSP_FRAME_HOSTS",
    [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": CSP_FRAME_HOSTS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin runs inline scripts and styles of its own (Stimulus
# controllers, Draftail, previews in a same-origin iframe), so it has a looser
# policy that still keeps every script on our origin.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", *CSP_FRAME_HOSTS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def with_security_middleware(middleware):
    """`middleware` with ours placed where each must run.

    Two-factor right after authentication (it needs request.user), the
    headers before Wagtail's redirects, and axes last, as its docs require.
    """
    middleware = list(middleware)
    after_auth = middleware.index(
        "django.contrib.auth.middleware.AuthenticationMiddleware"
    )
    middleware.insert(after_auth + 1, "security.middleware.AdminTwoFactorMiddleware")
    after_frames = middleware.index(
        "django.middleware.clickjacking.XFrameOptionsMiddleware"
    )
    middleware[after_frames + 1 : after_frames + 1] = [
        "security.middleware.AreaCSPMiddleware",
        "django_permissions_policy.PermissionsPolicyMiddleware",
    ]
    return [
        *middleware,
        "security.middleware.MalformedAdminPostMiddleware",
        "axes.middleware.AxesMiddleware",
    ]
