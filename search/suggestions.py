"""As-you-type suggestions for the search box, cached like full searches."""

from django.contrib.postgres.search import SearchVectorExact
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.db.models.lookups import IStartsWith

from treatments.models import TreatmentPage

from .engine import CACHE_SECONDS, cache_key
from .ranking import PAGE_ID, page_entries, steered_rows
from .scope import Scope
from .version import content_version

LIMIT = 8
# Ranked before the live, public and site checks (see best_matches).
SHORTLIST = 5 * LIMIT


def suggestions(request, site, words):
    """Up to 8 {"title", "url", "summary"} for treatments whose title, summary
    or condition starts like the words (autocomplete: the last word is a
    prefix)."""
    if not words:
        return []
    key = cache_key("suggest", site.pk, content_version(), words)
    found = cache.get(key)
    if found is None:
        found = [
            {"title": page.title, "url": page.get_url(request), "summary": page.summary}
            for page in best_matches(site, " ".join(words))
        ]
        cache.set(key, found, CACHE_SECONDS)
    return found


def best_matches(site, text):
    """The site's best LIMIT live, public treatments for `text`.

    On PostgreSQL the shortlist is ranked from the index entries without
    checking the pages; the query that reads the shortlisted pages checks
    them. Taken in rank order, the shortlisted pages that pass the check are
    the first of the checked ranking, so only a shortlist with fewer than
    LIMIT survivors, and more matches behind it, needs the checked ranking.
    """
    treatments = TreatmentPage.objects.live().public().in_site(site)
    if connection.vendor != "postgresql":
        # The embedded database holds a handful of pages: order them all here.
        return sorted(treatments.autocomplete(text), key=suggestion_order(text))[:LIMIT]
    shortlist = suggested_ids(treatments, text, SHORTLIST)
    found = in_order(treatments, shortlist)
    if len(found) < LIMIT and len(shortlist) == SHORTLIST:
        scope = Scope(site)
        found = in_order(treatments, suggested_ids(treatments, text, LIMIT, scope))
    return found[:LIMIT]


def suggestion_order(text):
    """The order of suggested_ids as a sort key, for the embedded database."""
    typed = text.casefold()
    words = typed.split()

    def key(page):
        title = page.title.casefold()
        title_words = title.replace("-", " ").split()
        holds_words = all(
            any(title_word.startswith(word) for title_word in title_words)
            for word in words
        )
        return (not title.startswith(typed), not holds_words, -page.pk)

    return key


def in_order(treatments, ids):
    chosen = treatments.filter(pk__in=ids).only("title", "url_path", "summary")
    found = {page.pk: page for page in chosen}
    return [found[pk] for pk in ids if pk in found]


def suggested_ids(treatments, text, limit, scope=None):
    """PostgreSQL: the best `limit` treatment ids for `text` (among the pages
    of `scope`, search.scope, when given), from the index entries alone.

    A two-letter prefix matches half the treatments. The backend's
    autocomplete ranks them all with ts_rank over whole page rows, body
    included; here each match costs an integer and two small tests on its
    entry: titles that start with the text first, then titles holding a word
    that starts like it, then the newest page.
    """
    results = treatments.autocomplete(text)
    compiler, backend = results.query_compiler, results.backend
    prefix = compiler.build_tsquery(compiler.query, config=backend.autocomplete_config)
    in_title = compiler.build_tsquery(compiler.query, config=backend.config)
    entries = page_entries(TreatmentPage, autocomplete=prefix).annotate(
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
