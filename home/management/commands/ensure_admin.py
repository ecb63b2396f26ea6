import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the 'admin' superuser with a generated password, printed once. "
        "Does nothing if the user exists."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--email", default="admin@example.org")

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin user '{username}' already exists; its password was printed "
                "when it was created. Reset it with: "
                f"python manage.py changepassword {username}"
            )
            return
        password = secrets.token_urlsafe(16)
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(
            self.style.SUCCESS("Admin user created. This password is shown only once:")
        )
        self.stdout.write(f"  username: {username}\n  password: {password}")
