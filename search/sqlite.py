"""Search on SQLite: the one fact search needs about the FTS5 table.

Wagtail's search migration 0006 creates `wagtailsearch_indexentry_fts` with
FTS5's default tokenizer (unicode61), which matches words only as written:
"regrowing" does not find "regrow". Migration search.0005 recreates the table with
`tokenize='porter unicode61'`, so that SQLite matches word forms as
PostgreSQL's english config does; `stems()` says whether the table in use
has it (search.searching then stops spelling out plurals).
"""

from django.db import connection as default_connection
from wagtail.search.models import IndexEntry

ENTRY_TABLE = IndexEntry._meta.db_table
FTS_TABLE = f"{ENTRY_TABLE}_fts"
COLUMNS = "autocomplete, body, title"
PORTER = "porter unicode61"


def create_sql(tokenize=None):
    """The CREATE VIRTUAL TABLE statement, as Wagtail's, with `tokenize`."""
    options = f", tokenize='{tokenize}'" if tokenize else ""
    return f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({COLUMNS}{options})"


# The index entries, which Wagtail's triggers copied into the old table.
COPY_SQL = (
    f"INSERT INTO {FTS_TABLE} (rowid, title, body, autocomplete)"
    f" SELECT id, title, body, autocomplete FROM {ENTRY_TABLE}"
)


def table_sql(connection=default_connection):
    """The FTS table's CREATE statement as SQLite stores it, or ""."""
    if connection.vendor != "sqlite":
        return ""
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS_TABLE])
        row = cursor.fetchone()
    return row[0] if row else ""


# Per database file: the tokenizer changes only by migration, which clears it.
_stems = {}


def stems():
    """True when the database is SQLite and its FTS table stems words
    (read once per database)."""
    connection = default_connection
    if connection.vendor != "sqlite":
        return False
    name = str(connection.settings_dict["NAME"])
    if name not in _stems:
        _stems[name] = PORTER.split()[0] in table_sql().lower()
    return _stems[name]


def forget():
    _stems.clear()
