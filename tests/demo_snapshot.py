"""The demo content, built once per test session and put back in a moment.

`load_demo` publishes every article and approves it through the real
"Medical review" workflow, which takes seconds. Tests that only need the demo
to be there (the browser journeys) get the rows it wrote instead: the first
use builds the demo inside a transaction, keeps a serialized copy of every row
and rolls the build back; each later use empties the database and loads the
copy. The copy holds the migrated rows as well, so the result is the database
`load_demo` leaves, row for row, with the same primary keys.

The search index is rebuilt from the restored rows: SQLite keeps its
full-text index in a virtual table that Django's serializer does not see.
Files (the demo's images) stay where the first build wrote them.
"""

from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction

_copy = {}


def restore_demo():
    """The database as `load_demo` leaves it, from the session's copy."""
    connection = connections[DEFAULT_DB_ALIAS]
    rows = _copy.get("rows")
    if rows is None:
        rows = _copy["rows"] = built_copy(connection)
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    connection.creation.deserialize_db_from_string(rows)
    reset_sequences(connection)
    call_command("update_index", verbosity=0, stdout=_Silent())
    cache.clear()


def reset_sequences(connection):
    """Rows came back with their own primary keys: move PostgreSQL's
    sequences past them, as loaddata does, so new rows get free keys."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def built_copy(connection):
    """Every row after `load_demo`, serialized; the build is rolled back."""
    with transaction.atomic():
        call_command("load_demo", verbosity=0)
        rows = connection.creation.serialize_db_to_string()
        transaction.set_rollback(True)
    cache.clear()
    return rows


class _Silent:
    """update_index prints its progress even at verbosity 0."""

    def write(self, text):
        return len(text)

    def flush(self):
        pass
