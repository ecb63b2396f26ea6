from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from inquiries.retention import (
    default_retention_days,
    parse_age_days,
    submissions_older_than,
)


class Command(BaseCommand):
    help = (
        "Delete inquiry submissions older than a number of days (default: the "
        "retention set in the portal settings). Every deletion is audited."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            metavar="AGE",
            help="e.g. 180d or 180 (days). Default: the portal settings' retention.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be deleted, delete nothing.",
        )

    def handle(self, *args, older_than=None, dry_run=False, **options):
        try:
            days = (
                parse_age_days(older_than)
                if older_than is not None
                else default_retention_days()
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        old = submissions_older_than(days)
        count = old.count()
        if dry_run:
            self.stdout.write(
                f"Would delete {count} inquiry submission(s) older than {days} days."
            )
            return
        with transaction.atomic():
            for submission in old.iterator():
                # One by one, so each deletion gets its own audit entry.
                submission.delete()
        self.stdout.write(
            f"Deleted {count} inquiry submission(s) older than {days} days."
        )
