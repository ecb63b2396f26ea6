"""The email worker: django-tasks-db's worker, kept alive and sweeping the outbox.

db_worker on its own dies on the first database error it does not expect
(a PostgreSQL restart raises InterfaceError in set_failed, or OperationalError
on reconnecting) and stays dead. Here its Worker runs in short rounds of at
most `round_size` tasks; between rounds the outbox is swept on schedule, and a
database error closes the connections and waits (1, 2, 4 ... seconds, at most
`max_backoff`) before the next round reconnects. A task cut off by such an
error keeps its notification pending, and the sweep queues it again.
"""

import logging
import signal
import time

# Error: the base of both DatabaseError and InterfaceError ("connection
# already closed"), which a server restart raises.
from django.db import Error as DatabaseError
from django.db import connections
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from .outbox import sweep

logger = logging.getLogger("inquiries.worker")


class OutboxWorker:
    def __init__(
        self,
        *,
        backend_name="durable",
        interval=1.0,
        sweep_seconds=30,
        grace_seconds=60,
        round_size=50,
        max_backoff=30,
        clock=time.monotonic,
        sleep=time.sleep,
    ):
        self.backend_name = backend_name
        self.interval = interval
        self.sweep_seconds = sweep_seconds
        self.grace_seconds = grace_seconds
        self.round_size = round_size
        self.max_backoff = max_backoff
        self.clock = clock
        self.sleep = sleep
        self.worker_id = get_random_string(32)
        self.stopping = False
        self.current = None
        self.next_sweep_at = clock()
        self.backoff = 1

    def run(self):
        logger.info("inquiry worker started")
        while not self.stopping:
            try:
                self.sweep_if_due()
                ran = self.run_round()
            except DatabaseError as error:
                self.wait_for_database(error)
                continue
            self.backoff = 1
            if ran < self.round_size and not self.stopping:
                self.sleep(self.interval)

    def sweep_if_due(self):
        if self.clock() < self.next_sweep_at:
            return
        queued = sweep(grace_seconds=self.grace_seconds)
        if queued:
            logger.warning(
                "outbox sweep queued overdue emails", extra={"count": queued}
            )
        self.next_sweep_at = self.clock() + self.sweep_seconds

    def run_round(self):
        """Run ready tasks until none is left or `round_size` ran; how many ran."""
        self.current = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name=self.backend_name,
            startup_delay=False,
            max_tasks=self.round_size,
            worker_id=self.worker_id,
            excluded_queue_names=[],
        )
        try:
            self.current.run()
            return self.current._run_tasks
        finally:
            self.current = None

    def wait_for_database(self, error):
        logger.warning(
            "database unavailable: retrying",
            extra={"error": type(error).__name__, "attempt": self.backoff},
        )
        close_connections()
        self.sleep(self.backoff)
        self.backoff = min(self.backoff * 2, self.max_backoff)

    def stop(self, signum, frame):
        """SIGTERM/SIGINT: finish the email being sent, then exit."""
        self.stopping = True
        if self.current is not None and self.current.running_task:
            self.current.running = False
            return
        raise SystemExit(0)

    def handle_signals(self):
        for name in ("SIGINT", "SIGTERM", "SIGQUIT"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self.stop)


def close_connections():
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DatabaseError:
            # Already broken: Django drops it and reconnects on the next query.
            connection.connection = None
