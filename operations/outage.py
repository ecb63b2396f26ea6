"""A friendly 503, with Retry-After, when the database does not answer.

Two doors lead here. The middleware's process_exception catches a database
error raised by a view or while rendering its template, which is where pages,
search and forms first touch the database. The 500 handler catches the rest
(a middleware that reads the session, for one), because Django turns those
into a call to handler500 before any outer middleware could see them.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger("portal.outage")

# Lost or refused connections, server restarts, "database is locked".
# Programming and integrity errors are bugs and keep the 500 page.
OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def outage_response():
    # No request context: nothing that needs the database may render here.
    body = render_to_string("operations/503.html")
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def log_outage(request, error):
    logger.warning(
        "database unavailable",
        extra={"error": type(error).__name__, "path": request.path},
    )


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE_ERRORS):
            log_outage(request, exception)
            return outage_response()
        return None


def server_error(request):
    """handler500: the outage page for a database error, else the usual 500."""
    error = sys.exc_info()[1]
    if isinstance(error, OUTAGE_ERRORS):
        log_outage(request, error)
        return outage_response()
    from home.views import server_error as home_server_error

    return home_server_error(request)
