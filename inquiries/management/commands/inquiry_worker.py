from django.conf import settings
from django.core.management.base import BaseCommand

from inquiries.worker import OutboxWorker


class Command(BaseCommand):
    help = (
        "Send inquiry emails from the durable queue, surviving database restarts, "
        "and sweep the outbox of pending notifications every few seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", default="durable")
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between idle polls."
        )
        parser.add_argument(
            "--sweep-every",
            type=int,
            default=settings.INQUIRY_OUTBOX_SWEEP_SECONDS,
            help="Seconds between sweeps of the pending notifications.",
        )
        parser.add_argument(
            "--grace",
            type=int,
            default=settings.INQUIRY_OUTBOX_GRACE_SECONDS,
            help="Seconds overdue before a pending email is queued again.",
        )

    def handle(self, *args, backend, interval, sweep_every, grace, **options):
        worker = OutboxWorker(
            backend_name=backend,
            interval=interval,
            sweep_seconds=sweep_every,
            grace_seconds=grace,
        )
        worker.handle_signals()
        worker.run()
