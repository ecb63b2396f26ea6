from django.core.management.base import BaseCommand

from home.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = (
        "Build the demo site (home, treatments, conditions, sample doctors). "
        "Safe to re-run."
    )

    def handle(self, *args, **options):
        created = DemoBuilder(log=self.stdout.write).build()
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content ready: {created} item(s) created.")
            )
        else:
            self.stdout.write("Demo content already present: nothing changed.")
