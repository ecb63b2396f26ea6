"""What the deploy checks share: the stack's addresses, plain HTTP, Django.

The checks run in the environment `deploy/serve-prod.sh` gives its
processes, so they can read the same database to find pages and count rows.
"""

import http.cookiejar
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HTTP_CACHE = f"http://127.0.0.1:{os.environ.get('HTTP_PORT', '8080')}"
APP1 = f"http://127.0.0.1:{os.environ.get('APP1_PORT', '8001')}"
APP2 = f"http://127.0.0.1:{os.environ.get('APP2_PORT', '8002')}"
SERVERS = {"HTTP cache": HTTP_CACHE, "app1": APP1, "app2": APP2}
EXOSOME_PATH = "/treatments/exosomes-for-hair-restoration/"


def setup_django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # made between its steps are still plain and single-threaded.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    import django

    django.setup()


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def fetch(url, data=None, headers=None, opener=None, timeout=10):
    """GET (or POST `data`) without following redirects; never raises on status."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {})
    opener = opener or urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return Response(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())
    except (urllib.error.URLError, OSError) as error:
        return Response(0, {}, str(error).encode())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def browser_opener():
    """An opener that keeps cookies, as a visitor's browser would."""
    return urllib.request.build_opener(
        NoRedirect, urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def wait_until(predicate, timeout, step=0.05):
    """Seconds until predicate() was true, or None after `timeout`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(step)
    return None


def report(name, passed, lines):
    print(f"== {name}: {'PASS' if passed else 'FAIL'}")
    for line in lines:
        print(f"   {line}")
    return passed
