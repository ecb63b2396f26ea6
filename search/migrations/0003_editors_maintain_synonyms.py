"""Editors and moderators maintain synonyms: grant them the model permissions."""

from django.db import migrations

GROUPS = ["Editors", "Moderators"]
ACTIONS = ["add", "change", "delete"]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="search", model="synonym"
    )
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_synonym",
            defaults={"name": f"Can {action} synonym"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    permissions = Permission.objects.filter(
        content_type__app_label="search", codename__endswith="_synonym"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_indexentry_title_body_gin"),
        ("wagtailcore", "0002_initial_data"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
