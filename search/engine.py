"""Running a search over the current site's live, public pages.

One search query over pages ranks the matches into a list of ids (at most
MAX_RANKED), which is cached with its count, facet counts and promotions; the
page of results is then loaded by id (search.results), so the number of SQL
queries per request does not grow with the results shown. The order of
attempts: the words as typed with synonyms OR-ed in; if that finds nothing, the
closest spelling; if that finds nothing either, pages with any of the words.
On PostgreSQL the match and rank run as two bounded queries (search.ranking).
"""

import hashlib
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, F, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from wagtail.contrib.search_promotions.models import SearchPromotion

from treatments.models import Condition, EvidenceLevel, TreatmentPage

from .models import Synonym
from .privacy import recordable_form
from .query import build_query
from .ranking import any_of, ranked_ids
from .scope import Scope
from .spelling import suggest, vocabulary_of
from .synonyms import expand
from .version import content_version, current
from .vocabulary import site_vocabulary
from .words import normal_form

# Ranked ids kept per query: 50 pages of results. The count stays exact.
MAX_RANKED = 500
CACHE_SECONDS = 10 * 60


@dataclass
class Filters:
    condition: Condition | None = None
    evidence: str = ""
    ignored: list = field(default_factory=list)  # unknown values, named to the reader


@dataclass
class Attempt:
    words: list
    ids: list  # page ids in rank order, at most MAX_RANKED
    total: int
    kind: str  # "exact", "spelling" or "any"
    facets: dict  # facet_counts of `ids`
    promotions: list = field(default_factory=list)


def engine_stems():
    """PostgreSQL's English config stems words; SQLite's FTS5 does not."""
    return connection.vendor == "postgresql"


def synonym_groups():
    """Every synonym row as a list of phrases, cached until a synonym is
    saved or deleted (search.version)."""
    key = cache_key("synonyms", current("synonyms"))
    groups = cache.get(key)
    if groups is None:
        rows = Synonym.objects.only("term", "equivalents")
        groups = [synonym.phrases for synonym in rows]
        cache.set(key, groups, CACHE_SECONDS)
    return groups


def resolve_filters(condition_slug, evidence):
    filters = Filters()
    if condition_slug:
        filters.condition = Condition.objects.filter(slug=condition_slug).first()
        if filters.condition is None:
            filters.ignored.append("condition")
    if evidence:
        if evidence in EvidenceLevel.values:
            filters.evidence = evidence
        else:
            filters.ignored.append("evidence level")
    return filters


def treatments_matching(condition=None, evidence=""):
    treatments = TreatmentPage.objects.all()
    if condition is not None:
        treatments = treatments.filter(conditions=condition)
    if evidence:
        treatments = treatments.filter(evidence_level=evidence)
    return treatments


def title_has_words(variants, field="title"):
    """True for pages whose title (`field`) holds every word of one of the
    variants; None when no variant has a word long enough to look for."""
    lookup = f"{field}__icontains"
    conditions = [
        Q(*[Q(**{lookup: normal_form(word)}) for word in long_words])
        for words in variants
        for long_words in [[word for word in words if len(word) >= 3]]
        if long_words
    ]
    return reduce(or_, conditions) if conditions else None


def search_pages(pages, variants, operator="and"):
    """Pages whose title names the query first, then by the engine's rank.

    The title is the strongest signal for a treatment guide. PostgreSQL
    weights it already; SQLite's bm25 ranks the whole row, so without this a
    long article that mentions a term often would outrank the one named after
    it. Both parts are order_by expressions on the one search query.
    """
    stems = engine_stems()
    query = build_query(variants, operator=operator, inflect=not stems)
    # PostgreSQL's ts_rank grows with relevance; SQLite's bm25 shrinks.
    ordering = [F("_score").desc() if stems else F("_score").asc(), F("pk").desc()]
    title_first = title_first_order(variants)
    if title_first is not None:
        ordering.insert(0, title_first.desc())
    ordered = pages.specific().order_by(*ordering)
    results = ordered.search(query, operator=operator, order_by_relevance=False)
    return results.annotate_score("_score")


def title_first_order(variants, field="title"):
    """1 for pages whose title names the query, else 0; None when no word is
    long enough to look for (a Case that is always 0 compiles to "ORDER BY
    0", which PostgreSQL reads as a column position)."""
    in_title = title_has_words(variants, field)
    if in_title is None:
        return None
    return Case(
        When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()
    )


def spelling_suggestion(site, words, groups):
    phrases = [phrase for group in groups for phrase in group]
    vocabulary = tuple(sorted(set(site_vocabulary(site)) | set(vocabulary_of(phrases))))
    return suggest(words, vocabulary)


def cache_key(kind, *parts):
    return f"search:{kind}:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def find(site, words, groups, filters):
    """`_find`, cached until the content or the synonyms change.

    The FTS match and rank over a large index is the slow part of a request;
    popular queries repeat, so their ranked ids, count and facet counts are
    kept in Django's cache (Redis in production) under a key that includes the
    content version (search.signals), the synonyms and the filters.
    """
    key = cache_key(
        "find",
        site.pk,
        content_version(),
        words,
        groups,
        filters.condition.pk if filters.condition else None,
        filters.evidence,
    )
    found = cache.get(key)
    if found is None:
        found = _find(site, words, groups, filters)
        cache.set(key, found, CACHE_SECONDS)
    return found


def _find(site, words, groups, filters):
    """The first attempt that finds something, or the last one tried, with
    its facet counts and the editors' promotions for the query."""
    scope = Scope(site, chosen_by(filters))
    attempt, suggestion = _first_hit(scope, words, groups)
    attempt.promotions = promotions(scope.site_pages, words)
    return attempt, suggestion


def chosen_by(filters):
    """The treatments the filters allow, or None when no filter is set."""
    if filters.condition is None and not filters.evidence:
        return None
    return treatments_matching(filters.condition, filters.evidence)


def _first_hit(scope, words, groups):
    attempt = _attempt(scope, words, groups, "exact")
    if attempt.total:
        return attempt, None
    suggestion = spelling_suggestion(scope.site, words, groups)
    if suggestion:
        corrected = _attempt(scope, suggestion, groups, "spelling")
        if corrected.total:
            return corrected, suggestion
    if len(words) > 1:
        any_word = _attempt(scope, suggestion or words, groups, "any", operator="or")
        if any_word.total:
            return any_word, suggestion
    return attempt, suggestion


def _attempt(scope, words, groups, kind, operator="and"):
    """Run one search and keep only the ranked ids: the expensive part (FTS
    match and rank) runs once, in one query, and the ids can be cached."""
    variants = expand(words, groups)
    results = search_pages(scope.pages, variants, operator=operator)
    if engine_stems():
        # PostgreSQL: one statement ranks a bounded candidate set and counts
        # its facets (search.ranking), on the index entries, whose title_text
        # is the page title.
        title_first = title_first_order(variants, field="title_text")
        ids, total, (conditions, levels) = ranked_ids(
            scope, results, variants, operator, title_first, MAX_RANKED,
            summaries=facet_summaries(),
        )  # fmt: skip
        facets = {
            "conditions": {int(pk): n for pk, n in (conditions or {}).items()},
            "evidence": levels or {},
        }
        return Attempt(words=words, ids=ids, total=total, kind=kind, facets=facets)
    ids = list(results.get_queryset().values_list("pk", flat=True)[: MAX_RANKED + 1])
    total = len(ids) if len(ids) <= MAX_RANKED else results.count()
    ids = ids[:MAX_RANKED]
    facets = facet_counts(ids) if ids else {}
    return Attempt(words=words, ids=ids, total=total, kind=kind, facets=facets)


def facet_queries(pages):
    """(condition id, count) and (evidence level, count) of the treatments
    among `pages` (an `__in` value: ids, or a subquery)."""
    through = TreatmentPage.conditions.through
    by_condition = (
        through.objects.filter(treatmentpage_id__in=pages)
        .values_list("condition_id")
        .annotate(count=Count("treatmentpage_id"))
        .values_list("condition_id", "count")
    )
    # order_by(): the page manager orders by path, which would otherwise
    # join the GROUP BY and count each page on its own.
    by_level = (
        TreatmentPage.objects.filter(pk__in=pages)
        .order_by()
        .values_list("evidence_level")
        .annotate(count=Count("pk"))
        .values_list("evidence_level", "count")
    )
    return by_condition, by_level


def facet_counts(ids):
    """Per condition id and per evidence level: how many of `ids` (the ranked
    ids, at most MAX_RANKED) have it."""
    by_condition, by_level = facet_queries(any_of(ids))
    return {"conditions": dict(by_condition), "evidence": dict(by_level)}


def facet_summaries():
    """The facet_queries of a PostgreSQL search, as (SQL, params) over the CTE
    `best` of search.ranking (the ranked page ids), each read as a JSON
    object: the counts run in the search's own statement. Counting every
    match instead costs ~20 ms for 7,800 matches at 10,000 pages."""
    best = RawSQL("SELECT page_id FROM best", ())
    summaries = []
    for query in facet_queries(best):
        sql, params = query.query.sql_with_params()
        summary = f"SELECT JSON_OBJECT_AGG(key, n) FROM ({sql}) AS counts (key, n)"
        summaries.append((summary, params))
    return summaries


def promotions(pages, words):
    """Editors' picks for this query whose page is among `pages` (site_pages).
    Most queries have none: the queries that do are cached until a pick is
    saved or deleted (search.version), and only theirs are read."""
    query_string = recordable_form(words)
    if query_string not in picked_queries():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page")
        .order_by("sort_order")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id is not None]
    if not page_ids:
        return picks
    shown = set(pages.filter(pk__in=page_ids).values_list("pk", flat=True))
    return [pick for pick in picks if pick.page_id is None or pick.page_id in shown]


def picked_queries():
    key = cache_key("picked-queries", current("picks"))
    picked = cache.get(key)
    if picked is None:
        rows = SearchPromotion.objects.values_list("query__query_string", flat=True)
        picked = set(rows)
        cache.set(key, picked, CACHE_SECONDS)
    return picked
