from django.db import migrations
from django.utils.text import slugify


def fill_doctor_slugs(apps, schema_editor):
    """Each existing doctor gets a slug from their name, unique by a suffix."""
    Doctor = apps.get_model("treatments", "Doctor")
    taken = set()
    for doctor in Doctor.objects.order_by("pk"):
        base = slugify(doctor.name)[:110] or "doctor"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        doctor.slug = slug
        doctor.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [("treatments", "0004_condition_pages_and_doctor_profiles")]

    operations = [migrations.RunPython(fill_doctor_slugs, migrations.RunPython.noop)]
