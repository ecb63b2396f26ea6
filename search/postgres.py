"""Search on PostgreSQL: everything that knows the database and the internals
of modelsearch's PostgreSQL backend lives here, behind three functions.

- `runs_on(backend)`: True for modelsearch's PostgreSQL backend, whose index
  entries this module reads. Elsewhere
  (SQLite, OpenSearch through WAGTAILSEARCH_BACKENDS) search.searching asks
  the backend through Wagtail's own search API and never calls the two below.
- `ranked_ids(...)`: the ranked page ids of a search, their number and the
  facet counts, in one round trip: the planner settings (GIN_ONLY), then one
  statement (SEARCH_SQL) on the index entry table.
- `suggested_ids(...)`: the best treatment ids for the search box, from the
  index entries alone, in one round trip: the planner settings, then one
  query.

The private pieces relied on (tests/search/test_backend_internals.py checks
each): the `IndexEntry` model and its fields, `get_descendants_content_types_pks`,
the query compiler's `build_tsquery`, `get_config` and `_build_rank_expression`,
the backend's `config` and `autocomplete_config`, and Django's `F._combine` to
write `title || body` as the backend does.

The search statement:

1. matches: the matching entries of the searched pages (the GIN index on
   `title || body` of search.0002 answers the match), each with one cheap
   test: the title vector holds the words; their number.
2. candidates: the first `limit` matches, titles holding the words first,
   then the newest page.
3. rank: the backend's own rank expression and the "title names the words"
   order over the first FULLY_RANKED candidates only; the other candidates
   follow in their cheap order.
4. the facet counts of the candidates.

When at most FULLY_RANKED pages match the order is exactly the backend's own
ranking of every match.
"""

from django.contrib.postgres.search import SearchVectorExact
from django.db import connection
from django.db.models import F, IntegerField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.db.models.lookups import IStartsWith
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchBackend,
)
from modelsearch.utils import get_descendants_content_types_pks

from .text import build_query, essential_variants

# Planner settings for this transaction only. PostgreSQL prices neither
# reading a TOASTed tsvector nor `title || body`, so left alone it answers a
# broad match by scanning and concatenating every row instead of asking the
# GIN index on `title || body`.
GIN_ONLY = (
    "SELECT set_config('enable_seqscan', 'off', true),"
    " set_config('enable_indexscan', 'off', true),"
    " set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true)"
)

# Candidates given the full rank (title and body vectors): the first 10
# pages of results. Further candidates follow in their cheap order.
FULLY_RANKED = 100

# Index entries of pages hold the page's primary key as text.
PAGE_ID = Cast("object_id", IntegerField())


def runs_on(backend):
    """True when `backend` (a Wagtail search backend) is modelsearch's
    PostgreSQL backend: the one whose index entries this module reads."""
    return isinstance(backend, PostgresSearchBackend)


def steered_rows(sql, params):
    """The rows of `sql`, planned with GIN_ONLY, in one round trip.

    PostgreSQL runs the statements of one call as one implicit transaction,
    so the settings end with it (or with the caller's transaction). They
    matter beyond the TOAST pricing above: the row estimate for a prefix or
    many-word tsquery can be off a hundredfold, and on a low estimate the
    planner probes the page table once per match in a nested loop."""
    with connection.cursor() as cursor:
        cursor.execute(f"{GIN_ONLY}; {sql}", params)
        return cursor.fetchall()


def page_entries(model, **lookups):
    """Index entries of `model` (a page type and its subclasses), filtered by
    `lookups`. The content type is matched as `content_type_id + 0` so that
    the planner cannot answer it from the content type index: given that
    choice it reads every body to test the match instead of asking the GIN
    index on `title || body` (search.0002)."""
    content_types = get_descendants_content_types_pks(model)
    return IndexEntry.objects.annotate(
        _content_type=F("content_type_id") + Value(0)
    ).filter(_content_type__in=content_types, **lookups)


# Ranking a search ------------------------------------------------------------


def tsquery_of(results):
    compiler = results.query_compiler
    return compiler.build_tsquery(
        compiler.query, config=compiler.get_config(results.backend)
    )


def match_tsquery(results, variants, operator):
    """The tsquery of `variants` for matching only: variants subsumed by
    another are left out, which matches the same pages with fewer terms."""
    query = build_query(variants, operator=operator)
    compiler = results.query_compiler
    return compiler.build_tsquery(query, config=compiler.get_config(results.backend))


def matching(scope, tsquery):
    """Entries of the pages of `scope` (search.scope) whose `title || body`
    matches: what modelsearch filters on, answered by the GIN index. Pages
    outside the scope are left out as "not a hidden page", a small set,
    rather than as "one of the site's pages", which would hash every page of
    the site for each search."""
    vector = F("title")._combine(F("body"), "||", False)
    entries = page_entries(scope.pages.model).annotate(
        _vector_=vector, _page_id=PAGE_ID
    )
    entries = entries.filter(_vector_=tsquery).exclude(
        _page_id__in=scope.hidden.values("pk")
    )
    if scope.chosen is not None:
        entries = entries.filter(_page_id__in=scope.chosen.values("pk"))
    return entries


def full_rank(results, tsquery):
    """The backend's rank expression (title and body vectors, title norm),
    on the index entry itself."""
    compiler = results.query_compiler
    config = compiler.get_config(results.backend)
    vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
    return compiler._build_rank_expression(vectors, config)


def ordered(entries, title_first, rank_name):
    """Title names the words, then `rank_name`, then newest page first: the
    order search.searching gives the backend."""
    ordering = [F(rank_name).desc(), F("_page_id").desc()]
    if title_first is not None:
        ordering.insert(0, title_first.desc())
    return entries.order_by(*ordering)


def match_rows(scope, results, variants, operator):
    """The matching entries of `scope` as (entry id, page id, title holds the
    words). The title test is the stemmed title vector: small and stored
    inline, so cheaper per match than the final order's substring test."""
    if operator == "and":
        # A title holding a longer variant's words holds a shorter one's too.
        variants = essential_variants(variants)
    tsquery = match_tsquery(results, variants, operator)
    entries = matching(scope, tsquery).annotate(
        _title=SearchVectorExact(F("title"), tsquery),
    )
    return entries.order_by().values_list("pk", "_page_id", "_title")


def fully_ranked(results, title_first):
    """The page ids of the first FULLY_RANKED candidates (the CTE `best`) in
    the backend's full rank order: title names the words, then its rank."""
    first = RawSQL("SELECT entry_id FROM best WHERE position <= %s", (FULLY_RANKED,))
    entries = IndexEntry.objects.filter(pk__in=first).annotate(
        _page_id=PAGE_ID, _full_rank=full_rank(results, tsquery_of(results))
    )
    return ordered(entries, title_first, "_full_rank").values_list("_page_id")


def count_summaries(count_queries):
    """`count_queries` (querysets of (key, count) over the pages they are
    given) over the CTE `best`, each as (SQL, params) read as a JSON object,
    so that the counts run in the search's own statement."""
    best = RawSQL("SELECT page_id FROM best", ())
    summaries = []
    for query in count_queries(best):
        sql, params = query.query.sql_with_params()
        summary = f"SELECT JSON_OBJECT_AGG(key, n) FROM ({sql}) AS counts (key, n)"
        summaries.append((summary, params))
    return summaries


# One statement: the matches (the cheap title test computed below the count,
# OFFSET 0 keeping PostgreSQL from merging the levels, so that three small
# columns are kept per match rather than the title vector), their number,
# the best `limit` of them in the cheap order, the full rank of the first
# FULLY_RANKED of those, and the caller's counts over those `limit`.
# ARRAY(subquery) keeps the subquery's order.
SEARCH_SQL = """
WITH matches AS MATERIALIZED (
    SELECT * FROM ({matches} OFFSET 0) AS matches (entry_id, page_id, in_title)
),
best AS MATERIALIZED (
    SELECT entry_id, page_id,
        ROW_NUMBER() OVER (ORDER BY in_title DESC, page_id DESC) AS position
    FROM matches
    ORDER BY in_title DESC, page_id DESC
    LIMIT %s
)
SELECT (SELECT COUNT(*) FROM matches),
    ARRAY(SELECT page_id FROM best ORDER BY position),
    ARRAY({ranked}){summaries}
"""


def ranked_ids(scope, results, variants, operator, title_first, limit, counts):
    """(page ids in rank order, at most `limit`; total; [counts]).

    `scope`: the pages searched (search.scope); `results`: the backend's
    search over them (its query, weights and rank expression) for `variants`
    (word lists) joined by `operator`; `title_first`: the "title names the
    words" expression over the index entry's `title_text` (or None);
    `counts(pages)`: querysets of (key, count) over `pages` (an `__in`
    value), the facet counts; each comes back as a dict, its keys as text.
    """
    summaries = count_summaries(counts)
    matches = match_rows(scope, results, variants, operator).query
    ranked = fully_ranked(results, title_first).query
    matches_sql, matches_params = matches.sql_with_params()
    ranked_sql, ranked_params = ranked.sql_with_params()
    sql = SEARCH_SQL.format(
        matches=matches_sql,
        ranked=ranked_sql,
        summaries="".join(f",\n    ({summary})" for summary, _ in summaries),
    )
    summary_params = [param for _, params in summaries for param in params]
    params = (*matches_params, limit, *ranked_params, *summary_params)
    total, best, ranked, *summarised = steered_rows(sql, params)[0]
    return ranked + best[FULLY_RANKED:], total, [found or {} for found in summarised]


# Suggestions -----------------------------------------------------------------


def suggested_ids(treatments, text, limit, scope=None):
    """The best `limit` ids of `treatments` (a TreatmentPage queryset) for
    `text`, from the index entries alone, among the pages of `scope`
    (search.scope) when given.

    A two-letter prefix matches half the treatments. The backend's
    autocomplete would rank them all with ts_rank over whole page rows, body
    included; here each match costs an integer and two small tests on its
    entry: titles that start with the text first, then titles holding a word
    that starts like it, then the newest page.
    """
    results = treatments.autocomplete(text)
    compiler, backend = results.query_compiler, results.backend
    prefix = compiler.build_tsquery(compiler.query, config=backend.autocomplete_config)
    in_title = compiler.build_tsquery(compiler.query, config=backend.config)
    entries = page_entries(treatments.model, autocomplete=prefix).annotate(
        _page_id=PAGE_ID
    )
    if scope is not None:
        entries = entries.exclude(_page_id__in=scope.hidden.values("pk"))
    entries = entries.order_by(
        IStartsWith(F("title_text"), text).desc(),
        SearchVectorExact(F("title"), in_title).desc(),
        F("_page_id").desc(),
    )
    best = entries.values_list("_page_id")[:limit]
    rows = steered_rows(*best.query.sql_with_params())
    return [page_id for (page_id,) in rows]
