"""The private pieces of modelsearch (and Django) that search/ relies on.

search/postgres.py reads modelsearch's index entries and calls its query
compiler's internals; search/searching.py tells the backends apart by class.
None of this is public API, so modelsearch is pinned exactly, and these tests
fail, naming the piece, when an upgrade moves or changes one of them.
"""

import inspect
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import F
from modelsearch.backends.base import BaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.search.backends import get_search_backend

from search import postgres
from treatments.models import TreatmentPage

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements.txt"


def parameters(function):
    return list(inspect.signature(function).parameters)


def test_the_installed_modelsearch_is_the_pinned_one():
    pinned = re.search(r"^modelsearch==(\S+)$", REQUIREMENTS.read_text(), re.M)
    assert pinned, "requirements.txt must pin modelsearch exactly"
    assert version("modelsearch") == pinned.group(1)


def test_index_entry_has_the_fields_and_table_search_reads():
    fields = {field.name for field in IndexEntry._meta.get_fields()}
    used = {"content_type", "object_id", "title", "title_norm", "body", "autocomplete"}
    if connection.vendor == "postgresql":  # modelsearch adds it there only
        used.add("title_text")
    assert used <= fields
    # search/migrations/0002 puts its GIN index on this table.
    assert IndexEntry._meta.db_table == "wagtailsearch_indexentry"


def test_query_compiler_internals_keep_their_signatures():
    compiler = PostgresSearchQueryCompiler
    assert parameters(compiler._build_rank_expression) == ["self", "vectors", "config"]
    assert parameters(compiler.build_tsquery) == ["self", "query", "config"]
    assert parameters(compiler.get_config) == ["self", "backend"]
    assert parameters(get_descendants_content_types_pks) == ["model"]
    assert parameters(F._combine) == ["self", "other", "connector", "reversed"]


def test_postgres_backend_keeps_its_configs():
    backend = PostgresSearchBackend({"SEARCH_CONFIG": "english"})
    assert backend.config == "english"
    assert backend.autocomplete_config == "simple"


def test_results_expose_compiler_backend_and_queryset(db):
    results = TreatmentPage.objects.search("minoxidil")
    assert results.query_compiler.query is not None
    assert isinstance(results.backend, BaseSearchBackend)
    # The database backends' results: search.searching reads their ids.
    assert callable(results.get_queryset)
    assert callable(PostgresSearchResults.get_queryset)


def test_search_servers_share_the_base_class_search_tells_apart():
    assert issubclass(ElasticsearchBaseSearchBackend, BaseSearchBackend)
    assert not issubclass(PostgresSearchBackend, ElasticsearchBaseSearchBackend)


@pytest.mark.django_db
def test_the_postgresql_path_runs_exactly_on_postgresql():
    # Otherwise the PostgreSQL test run would quietly test the generic path.
    on_postgres = postgres.runs_on(get_search_backend())
    assert on_postgres == (connection.vendor == "postgresql")
