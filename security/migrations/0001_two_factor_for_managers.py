"""Inquiry managers read visitors' health questions: a second factor is a must.

Superusers hold every permission, so "Enable 2FA" makes it required for them
too; other roles may add a device but are not asked to.
"""

from django.db import migrations

GROUP = "Inquiry managers"


def require_two_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    )
    for group in Group.objects.filter(name=GROUP):
        group.permissions.add(permission)


def release_two_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    ):
        for group in Group.objects.filter(name=GROUP):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0002_inquiry_managers_group"),
        ("wagtail_2fa", "0001_initial"),
    ]

    operations = [migrations.RunPython(require_two_factor, release_two_factor)]
