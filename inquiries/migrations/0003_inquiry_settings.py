"""The inquiry settings move from home's PortalSettings into this app."""

import django.db.models.deletion
from django.db import migrations, models


FIELDS = [
    "default_inquiry_email",
    "include_message_in_notifications",
    "inquiry_retention_days",
]


def copy_from_portal_settings(apps, schema_editor):
    """Each site keeps the inquiry values editors set in home's portal settings."""
    PortalSettings = apps.get_model("home", "PortalSettings")
    InquirySettings = apps.get_model("inquiries", "InquirySettings")
    for old in PortalSettings.objects.all():
        InquirySettings.objects.update_or_create(
            site_id=old.site_id,
            defaults={name: getattr(old, name) for name in FIELDS},
        )


def copy_back_to_portal_settings(apps, schema_editor):
    PortalSettings = apps.get_model("home", "PortalSettings")
    InquirySettings = apps.get_model("inquiries", "InquirySettings")
    for new in InquirySettings.objects.all():
        PortalSettings.objects.update_or_create(
            site_id=new.site_id,
            defaults={name: getattr(new, name) for name in FIELDS},
        )


class Migration(migrations.Migration):

    dependencies = [
        ('inquiries', '0002_inquiry_managers_group'),
        # Read the values before home's 0002 removes them.
        ('home', '0001_initial'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='InquirySettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('default_inquiry_email', models.EmailField(default='inquiries@example.org', help_text='Inquiries go here when no doctor or routing rule matches.', max_length=254)),
                ('include_message_in_notifications', models.BooleanField(default=False, help_text="Quote the visitor's message in the doctor's email. Off by default: the email links to the submission in the admin instead.")),
                ('inquiry_retention_days', models.PositiveIntegerField(default=180, help_text='Submissions older than this are deleted by the purge job.')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'inquiry settings',
            },
        ),
        migrations.RunPython(copy_from_portal_settings, copy_back_to_portal_settings),
    ]
