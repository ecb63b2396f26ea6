"""gunicorn for the app servers: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`.

Chosen for this 2-core machine: a render is CPU-bound, so about one process
per core plus one, each with two threads so a request waiting on PostgreSQL
or Redis does not idle its process. `make serve-prod` runs two such servers
side by side; on a host of their own, set GUNICORN_WORKERS to cores + 1.
"""

import multiprocessing

from portal.settings.env import env_int, env_str

bind = env_str("GUNICORN_BIND", "127.0.0.1:8000")
workers = env_int("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1)
worker_class = "gthread"
threads = env_int("GUNICORN_THREADS", 2)
# A request still running after 30 s is stuck: the worker is replaced.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 20
# Varnish (or the load balancer) keeps connections open between requests.
keepalive = 5
# Recycle processes now and then, staggered, so a slow leak never grows.
# bench/load.sh sets 0, so that a leak shows in its memory figures.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = 200
proc_name = env_str("GUNICORN_NAME", "portal")

# Access lines carry method, path without the query string, status, size and
# time: no client address and no search terms, which can be personal data.
accesslog = "-"
errorlog = "-"
access_log_format = "%(m)s %(U)s %(s)s %(B)s %(M)sms"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "operations.logs.JsonFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    # gunicorn merges this into its defaults, whose root logger names a
    # handler this dict replaces: name ours.
    "root": {"handlers": ["stdout"], "level": "INFO"},
    "loggers": {
        name: {"handlers": ["stdout"], "level": "INFO", "propagate": False}
        for name in ("gunicorn.error", "gunicorn.access")
    },
}
