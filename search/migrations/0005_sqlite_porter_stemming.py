"""SQLite only: recreate modelsearch's FTS5 table with the porter tokenizer,
so that word forms match as on PostgreSQL ("regrowing" finds "regrow",
"treatments" finds "treatment"). See search/sqlite.py.

Wagtail's triggers on the index entry table name the FTS table and are
resolved when they fire, so they keep working with the new table. The rows
are copied back from the index entries, which hold the same text.
"""

from django.db import migrations

from search import sqlite


def recreate(tokenize):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite" or not sqlite.table_sql(connection):
            return  # PostgreSQL stems already; without FTS5 there is no table
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE {sqlite.FTS_TABLE}")
            cursor.execute(sqlite.create_sql(tokenize))
            cursor.execute(sqlite.COPY_SQL)
        sqlite.forget()

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_site_vocabulary"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(recreate(sqlite.PORTER), recreate(None), elidable=False),
    ]
