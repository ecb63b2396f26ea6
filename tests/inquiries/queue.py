"""Helpers that drive the real database task queue from tests."""

import io
from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult


def run_worker():
    """Run the durable queue's worker until nothing is ready, as `make run` does.

    The worker runs in this process, on the test's connection and inside its
    transaction. Its connection housekeeping (close_old_connections, which
    closes a connection whose autocommit differs from the settings, as it does
    inside a test transaction on PostgreSQL) is switched off for the run.
    """
    out = io.StringIO()
    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        call_worker(out)
    return out.getvalue()


def call_worker(out):
    # As command-line options: argparse checks the --backend default
    # ("default", the immediate backend) unless one is given.
    call_command(
        "db_worker",
        "--backend=durable",
        "--queue-name=*",
        "--batch",
        "--interval=0",
        "--no-startup-delay",
        "--no-reload",
        verbosity=1,
        stdout=out,
        stderr=out,
    )


def waiting_tasks():
    return DBTaskResult.objects.filter(status=TaskResultStatus.READY)


def let_retry_delays_pass():
    """Stand-in for waiting out the backoff: make every queued retry due now."""
    waiting_tasks().update(run_after=timezone.now())
