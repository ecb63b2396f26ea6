from django.core.management.base import BaseCommand

from inquiries.tasks import queue_overdue


class Command(BaseCommand):
    help = (
        "Queue again any inquiry email whose retry is overdue (its task was lost). "
        "Safe to run often, e.g. from cron every 10 minutes: a copy of a task "
        "that is still queued does nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--grace",
            type=int,
            default=600,
            help="Seconds past its retry time before an email counts as lost.",
        )

    def handle(self, *args, grace, **options):
        count = queue_overdue(grace_seconds=grace)
        self.stdout.write(f"Queued {count} overdue inquiry email(s).")
