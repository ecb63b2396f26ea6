import logging
from contextlib import contextmanager

from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = (
        "Build the demo site (home, treatments, conditions, sample doctors). "
        "Safe to re-run. -v 0 prints nothing (make run), -v 2 also Wagtail's "
        "log of every page saved."
    )

    def handle(self, *args, verbosity=1, **options):
        log = self.stdout.write if verbosity >= 1 else ignore
        with wagtail_log_at(logging.INFO if verbosity >= 2 else logging.WARNING):
            created = DemoBuilder(log=log).build()
        if verbosity < 1:
            return
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content ready: {created} item(s) created.")
            )
        else:
            self.stdout.write("Demo content already present: nothing changed.")


def ignore(message):
    pass


@contextmanager
def wagtail_log_at(level):
    """Wagtail logs every page created, edited and published at INFO: some
    hundred lines for the demo, which say nothing a newcomer needs."""
    logger = logging.getLogger("wagtail")
    before = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(before)
