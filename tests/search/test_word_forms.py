"""Word forms match on SQLite as on PostgreSQL: FTS5's porter tokenizer
(search.0005) on SQLite, the english config on PostgreSQL."""

from importlib import import_module
from types import SimpleNamespace

from django.apps import apps
from django.core.cache import cache
from django.db import connection

from search import sqlite

from .conftest import make_treatment
from .test_title_weight import result_titles


def test_the_sqlite_index_stems_words(db):
    # search.0005 recreated the FTS5 table with the porter tokenizer; on
    # PostgreSQL there is no such table and the english config stems.
    on_sqlite = connection.vendor == "sqlite"
    assert ("tokenize='porter unicode61'" in sqlite.table_sql()) is on_sqlite
    assert sqlite.stems() is on_sqlite


def test_regrowing_finds_regrow_and_treatments_finds_treatment(client, treatment_index):
    make_treatment(
        treatment_index, "Scalp lotion", "A lotion.", body_text="It may regrow hair."
    )
    make_treatment(
        treatment_index, "Scalp massage", "A massage.", body_text="One treatment."
    )
    make_treatment(treatment_index, "Scalp cap", "A cap.", body_text="Worn daily.")
    assert result_titles(client, "regrowing") == ["Scalp lotion"]
    assert result_titles(client, "regrowth lotion") == ["Scalp lotion"]
    assert result_titles(client, "treatments massage") == ["Scalp massage"]
    assert result_titles(client, "caps worn") == ["Scalp cap"]


def test_the_migration_rebuilds_the_table_with_the_entries_it_held(
    client, treatment_index
):
    # Run search.0005 backwards (FTS5's default tokenizer) and forwards
    # again: each time the table is rebuilt from the index entries, and only
    # the porter table matches a word form.
    migration = import_module("search.migrations.0005_sqlite_porter_stemming")
    make_treatment(treatment_index, "Scalp tonic", "Tonics for thinning hair.")
    # The operation reads only the editor's connection; SQLite's schema
    # editor cannot open inside the test's transaction.
    editor = SimpleNamespace(connection=connection)
    migration.recreate(None)(apps, editor)
    if connection.vendor == "sqlite":
        assert "porter" not in sqlite.table_sql()
        assert result_titles(client, "tonics") == ["Scalp tonic"]
        cache.clear()
        assert result_titles(client, "thinned") == []
    migration.recreate(sqlite.PORTER)(apps, editor)
    cache.clear()
    assert result_titles(client, "tonics") == ["Scalp tonic"]
    assert result_titles(client, "thinned") == ["Scalp tonic"]
    assert sqlite.stems() is (connection.vendor == "sqlite")
