import secrets
import socket
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

# How long --wait-for waits for the development server to listen.
WAIT_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Create the 'admin' superuser with a generated password, printed once "
        "in a box. Does nothing if the user exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@example.org")
        parser.add_argument(
            "--wait-for",
            metavar="HOST:PORT",
            help="First wait until a server listens there (make run: the "
            "development server), so the box is the last thing printed.",
        )

    def handle(self, *args, username, email, wait_for=None, **options):
        if wait_for:
            wait_until_listening(wait_for)
        site = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        lines = [
            f"The site:  {site}/",
            f"The admin: {site}/{settings.WAGTAIL_ADMIN_PATH}",
        ]
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            lines += [
                f"Admin user '{username}' already exists; its password was",
                "printed when it was created. To set a new one:",
                f"  python manage.py changepassword {username}",
            ]
        else:
            password = secrets.token_urlsafe(16)
            User.objects.create_superuser(
                username=username, email=email, password=password
            )
            lines += [
                f"  username: {username}",
                f"  password: {password}",
                "This password is shown only once: keep it now.",
            ]
        self.stdout.write(boxed(lines))


def boxed(lines):
    """The lines in a plain ASCII box (any terminal draws it)."""
    width = max(len(line) for line in lines)
    rule = "+" + "-" * (width + 2) + "+"
    return "\n".join([rule, *(f"| {line.ljust(width)} |" for line in lines), rule])


def wait_until_listening(address):
    """Until a TCP connection to HOST:PORT succeeds. A bare connection, not a
    request: the server logs nothing for it, so nothing prints after the box."""
    host, _, port = address.rpartition(":")
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            socket.create_connection((host, int(port)), timeout=1).close()
            return
        except OSError as error:
            if time.monotonic() > deadline:
                raise CommandError(f"Nothing listens on {address}.") from error
            time.sleep(0.25)
