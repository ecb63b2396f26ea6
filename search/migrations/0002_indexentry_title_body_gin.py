"""A GIN index on the expression the PostgreSQL backend matches against.

modelsearch filters with `(title || body) @@ query`, but only title, body and
autocomplete have indexes of their own, so every search read and concatenated
the tsvectors of every row. With this expression index PostgreSQL finds the
matching rows from the index. Nothing to do on SQLite (FTS5 has its own index).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING GIN ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
