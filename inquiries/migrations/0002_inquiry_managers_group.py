"""The "Inquiry managers" group: the only editors who may read submissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Inquiry managers"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("inquiries", "inquirysubmission", "view_inquirysubmission"),
    ("inquiries", "inquirysubmission", "change_inquirysubmission"),
    ("inquiries", "inquirysubmission", "delete_inquirysubmission"),
    ("inquiries", "inquiryroute", "add_inquiryroute"),
    ("inquiries", "inquiryroute", "change_inquiryroute"),
    ("inquiries", "inquiryroute", "delete_inquiryroute"),
    ("inquiries", "inquiryroute", "view_inquiryroute"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make ours now.
    app_config = apps.get_app_config("inquiries")
    # A migration's app config stub lacks models_module; create_permissions
    # only checks that it is set.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename in PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            codename=codename,
        ).first()
        if permission is not None:
            group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
