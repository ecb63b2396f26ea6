"""The inquiry settings now live in inquiries (its 0003 copies the values)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0001_initial'),
        # inquiries copies the values into its own settings first.
        ('inquiries', '0003_inquiry_settings'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='portalsettings',
            name='default_inquiry_email',
        ),
        migrations.RemoveField(
            model_name='portalsettings',
            name='include_message_in_notifications',
        ),
        migrations.RemoveField(
            model_name='portalsettings',
            name='inquiry_retention_days',
        ),
    ]
