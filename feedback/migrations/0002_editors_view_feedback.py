"""Editors (Wagtail's own group) may read the page feedback report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors"]
CODENAME = "view_pagefeedback"


def feedback_view_permission(apps):
    # Permissions are normally created after all migrations; make ours now.
    app_config = apps.get_app_config("feedback")
    # A migration's app config stub lacks models_module; create_permissions
    # only checks that it is set.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label="feedback", codename=CODENAME
    )


def grant(apps, schema_editor):
    permission = feedback_view_permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = feedback_view_permission(apps)
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUPS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        # Wagtail's migration that creates the Editors group.
        ("wagtailcore", "0002_initial_data"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
