"""/healthz: 200 when the database and the cache answer, 503 naming what does not.

/healthz/live: 200 whenever the process answers, touching nothing else: a
liveness probe (restart the process if it fails), and the benchmarks' trivial
Django view (bench/pages.sh), the framework's floor through the same stack.

A load balancer or Varnish probe calls it every few seconds, so it is cheap:
one SELECT and one write and read of a short-lived cache key. The cache is
checked by a round trip rather than by catching errors, because the Redis
backend is configured to swallow them.
"""

import uuid

from django.core.cache import cache

# Error: the base of both DatabaseError and InterfaceError ("connection
# already closed"), which a server restart raises.
from django.db import Error as DatabaseError
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_answers():
    key = f"healthz:{uuid.uuid4().hex}"
    token = uuid.uuid4().hex
    try:
        cache.set(key, token, timeout=10)
        answered = cache.get(key) == token
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any backend error means "does not answer"
        return False
    return answered


CHECKS = {"database": database_answers, "cache": cache_answers}


@never_cache
def healthz(request):
    """`?check=database` limits the checks: the HTTP cache's probe asks only
    whether an app server can serve, and it can without Redis."""
    names = [name for name in request.GET.getlist("check") if name in CHECKS]
    failing = [name for name in names or CHECKS if not CHECKS[name]()]
    body = {"status": "unavailable" if failing else "ok", "failing": failing}
    return JsonResponse(body, status=503 if failing else 200)


@never_cache
def live(request):
    return HttpResponse("ok", content_type="text/plain")


# Neither probe reads the request's Wagtail Site (treatments.site_cache).
healthz.needs_no_site = live.needs_no_site = True
