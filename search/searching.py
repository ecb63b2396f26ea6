"""Running a search, and the search box's suggestions, on the site's Wagtail
search backend.

A search ranks the matching pages of the current site into a list of ids (at
most MAX_RANKED), cached with their number, facet counts and the editors'
picks; the view then loads one page of results by id (search.result_page).
The attempts, in order: the words as typed with synonyms OR-ed in; if that
finds nothing, the closest spelling; if that finds nothing either, pages with
any of the words.

Which backend answers: on modelsearch's PostgreSQL backend the ranking and the
suggestions run in search.postgres (one round trip each, on the index
entries). On any other backend they go through Wagtail's search API: the
database backend (SQLite's FTS5 here) orders by "title names the words",
then its score; an external engine (OpenSearch, Elasticsearch) orders by its
own relevance.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Case, F, IntegerField, Q, Value, When
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from treatments.models import Condition, EvidenceLevel, TreatmentPage
from treatments.visibility import visible_pages

from . import postgres, sqlite
from .caching import cached, content_version, current
from .models import Synonym
from .result_page import facet_counts, facet_queries, promotions
from .scope import Scope
from .text import (
    FILLER,
    build_query,
    compound_groups,
    flat,
    normal_form,
    rarity,
    short_line,
    suggest,
    title_score,
    title_words_of,
    topic_units,
    vocabulary_of,
    words_of,
)
from .vocabulary import site_vocabulary

# Ranked ids kept per query: 50 pages of results. The count stays exact.
MAX_RANKED = 500
# Suggestions shown, and the shortlist ranked before the live, public and
# site checks on PostgreSQL (see best_matches).
SUGGESTIONS = 8
SHORTLIST = 5 * SUGGESTIONS
# Ranked ids whose titles are weighed word by word (by_title): the first 10
# pages of results, as postgres.FULLY_RANKED.
RETITLED = 100


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


POSTGRES, DATABASE, SEARCH_SERVER = "postgres", "database", "search server"


def backend_kind():
    """Which kind of Wagtail search backend answers: modelsearch's PostgreSQL
    backend (search.postgres ranks), an external engine (OpenSearch,
    Elasticsearch: it orders by its own relevance or by indexed fields, never
    by an expression), or another database backend (SQLite's FTS5)."""
    backend = get_search_backend()
    if postgres.runs_on(backend):
        return POSTGRES
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return SEARCH_SERVER
    return DATABASE


def synonym_groups():
    """Every synonym row as a list of phrases, cached until a synonym is
    saved or deleted (search.signals)."""

    def read():
        rows = Synonym.objects.only("term", "equivalents")
        return [synonym.phrases for synonym in rows]

    return cached("synonyms", (current("synonyms"),), read)


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


def chosen_by(filters):
    """The treatments the filters allow, or None when no filter is set."""
    if filters.condition is None and not filters.evidence:
        return None
    treatments = TreatmentPage.objects.all()
    if filters.condition is not None:
        treatments = treatments.filter(conditions=filters.condition)
    if filters.evidence:
        treatments = treatments.filter(evidence_level=filters.evidence)
    return treatments


def title_first_order(variants, field="title"):
    """1 for pages whose title (`field`) holds every word of one of the
    variants, else 0; None when no word is long enough to look for (a Case
    that is always 0 compiles to "ORDER BY 0", which PostgreSQL reads as a
    column position)."""
    lookup = f"{field}__icontains"
    conditions = [
        Q(*[Q(**{lookup: normal_form(word)}) for word in long_words])
        for words in variants
        for long_words in [title_words_of(words)]
        if long_words
    ]
    if not conditions:
        return None
    in_title = reduce(or_, conditions)
    return Case(
        When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()
    )


def search_pages(pages, variants, operator="and", backend=DATABASE):
    """The backend's search of `pages` for `variants`: on a database backend,
    pages whose title names the query first, then by the engine's rank.

    The title is the strongest signal for a treatment guide. PostgreSQL
    weights it already; SQLite's bm25 ranks the whole row, so without this a
    long article that mentions a term often would outrank the one named after
    it. Both parts are order_by expressions on the one search query.
    """
    # PostgreSQL's english config stems; so does SQLite's FTS5 table once
    # search.0005 gave it the porter tokenizer. Otherwise each word is spelled
    # out with its plural or singular.
    stems = backend == POSTGRES or sqlite.stems()
    query = build_query(variants, operator=operator, inflect=not stems)
    if backend == SEARCH_SERVER:
        return pages.search(query, operator=operator)
    # PostgreSQL's ts_rank grows with relevance; SQLite's bm25 shrinks.
    ordering = [
        F("_score").desc() if backend == POSTGRES else F("_score").asc(),
        F("pk").desc(),
    ]
    title_first = title_first_order(variants)
    if title_first is not None:
        ordering.insert(0, title_first.desc())
    ordered = pages.specific().order_by(*ordering)
    results = ordered.search(query, operator=operator, order_by_relevance=False)
    return results.annotate_score("_score")


def find(site, words, groups, filters):
    """The first attempt that finds something (or the last one tried), with
    its facet counts and the editors' picks, and the spelling suggestion.

    Cached under the content version (search.signals), the synonyms and the
    filters: popular queries repeat, and the match and rank are the costly
    part of a request.
    """
    condition = filters.condition.pk if filters.condition else None
    parts = (site.pk, content_version(), words, groups, condition, filters.evidence)
    return cached("find", parts, lambda: first_hit(site, words, groups, filters))


def first_hit(site, words, groups, filters):
    scope = Scope(site, chosen_by(filters))
    if len(words) > 1:
        groups = [*groups, *compound_groups(words, search_vocabulary(site, groups))]
    attempt, suggestion = _first_hit(scope, words, groups)
    attempt.promotions = promotions(scope.site_pages, words)
    return attempt, suggestion


def _first_hit(scope, words, groups):
    attempt = search_attempt(scope, words, groups, "exact")
    if attempt.total:
        return attempt, None
    suggestion = spelling_suggestion(scope.site, words, groups)
    if suggestion:
        corrected = search_attempt(scope, suggestion, groups, "spelling")
        if corrected.total:
            return corrected, suggestion
    if len(words) > 1:
        any_word = search_attempt(
            scope, suggestion or words, groups, "any", operator="or"
        )
        if any_word.total:
            return any_word, suggestion
    return attempt, suggestion


def search_vocabulary(site, groups):
    """The site's title and condition words, and the synonyms' words."""
    phrases = [phrase for group in groups for phrase in group]
    return tuple(sorted(set(site_vocabulary(site)) | set(vocabulary_of(phrases))))


def spelling_suggestion(site, words, groups):
    return suggest(words, search_vocabulary(site, groups))


def search_attempt(scope, words, groups, kind, operator="and"):
    """One search, kept as its ranked ids, their number and facet counts.

    The search matches and ranks on the topic words of each variant
    (search.text.topic_units): "does minoxidil work" searches for
    "minoxidil"; the first RETITLED ids are then ordered by how strongly
    their titles name the words (by_title)."""
    units = topic_units(words, groups)
    variants = [flat(variant) for variant in units]
    attempt = ranked_attempt(scope, words, variants, kind, operator)
    attempt.ids = by_title(attempt.ids, units)
    return attempt


def ranked_attempt(scope, words, variants, kind, operator):
    backend = backend_kind()
    results = search_pages(scope.pages, variants, operator, backend)
    if backend == POSTGRES:
        # The index entry's title_text is the page title.
        title_first = title_first_order(variants, field="title_text")
        ids, total, (conditions, levels) = postgres.ranked_ids(
            scope, results, variants, operator, title_first, MAX_RANKED,
            counts=facet_queries,
        )  # fmt: skip
        facets = {
            "conditions": {int(pk): n for pk, n in conditions.items()},
            "evidence": levels,
        }
        return Attempt(words=words, ids=ids, total=total, kind=kind, facets=facets)
    ids = ranked_page_ids(results, MAX_RANKED + 1, backend)
    total = len(ids) if len(ids) <= MAX_RANKED else results.count()
    ids = ids[:MAX_RANKED]
    facets = facet_counts(ids) if ids else {}
    return Attempt(words=words, ids=ids, total=total, kind=kind, facets=facets)


def by_title(ids, variants):
    """`ids` (ranked for `variants`, lists of units: search.text.topic_units)
    with the first RETITLED in title_score order (stable: equal
    scores keep the backend's rank). With one word to look for in each
    variant, the backend's "title names the words" order is that order
    already, and no titles are read."""
    if len(ids) < 2 or all(len(title_words_of(flat(v))) < 2 for v in variants):
        return ids
    head = ids[:RETITLED]
    titles = {
        pk: title.casefold()
        for pk, title in Page.objects.filter(pk__in=head).values_list("pk", "title")
    }
    weights = rarity(variants, titles.values())

    def score(pk):
        return -title_score(variants, weights, titles.get(pk, ""))

    return sorted(head, key=score) + ids[RETITLED:]


def ranked_page_ids(results, limit, backend):
    """The first `limit` page ids of `results`, in rank order."""
    if backend == SEARCH_SERVER:
        return [page.pk for page in results[:limit]]
    return list(results.get_queryset().values_list("pk", flat=True)[:limit])


# Suggestions -----------------------------------------------------------------


def suggestions(request, site, words):
    """Up to SUGGESTIONS {"title", "url", "summary"} for the search box: a
    treatment's title and one short line (search.text.short_line), cached
    under the content version.

    Two sources, so that the box understands what full search understands:
    treatments whose title, summary or condition starts like the words
    (autocomplete: the last word is a prefix), and full search's own answer
    for the words (search.searching.find: synonyms and brand names, spelling,
    question words; its ranking is cached for the search page too)."""
    if not words:
        return []

    def read():
        return [
            {
                "title": page.title,
                "url": page.get_url(request),
                "summary": short_line(page.summary),
            }
            for page in best_matches(site, words)
        ]

    return cached("suggest", (site.pk, content_version(), words), read)


def best_matches(site, words):
    """The site's best SUGGESTIONS live, public treatments for `words`:
    prefix matches whose title holds every word first, then full search's
    treatments, then the other prefix matches. Full search's "any word"
    fallback counts only when no prefix matches."""
    text = prefix_text(words)
    typed = prefix_matches(site, text)
    strong = [page for page in typed if title_holds(page.title, text)]
    attempt, _ = find(site, words, synonym_groups(), Filters())
    searched = []
    if attempt.kind != "any" or not typed:
        treatments = TreatmentPage.objects.live().public().in_site(site)
        searched = in_order(treatments, attempt.ids[:SHORTLIST])
    chosen = {}
    for page in [*strong, *searched, *typed]:
        chosen.setdefault(page.pk, page)
    return list(chosen.values())[:SUGGESTIONS]


def prefix_text(words):
    """The words for prefix matching: question words and filler left out,
    except the last word (it may be the start of any word)."""
    *complete, last = words
    return " ".join([word for word in complete if word not in FILLER] + [last])


def prefix_matches(site, text):
    """The site's best SUGGESTIONS live, public treatments whose title,
    summary or condition starts like `text`.

    On PostgreSQL the shortlist is ranked from the index entries without
    checking the pages; the query that reads the shortlisted pages checks
    them. Taken in rank order, the shortlisted pages that pass the check are
    the first of the checked ranking, so only a shortlist with fewer than
    SUGGESTIONS survivors, and more matches behind it, needs the checked
    ranking.
    """
    if not words_of(text):
        return []
    treatments = visible_pages(TreatmentPage.objects.in_site(site))
    if backend_kind() != POSTGRES:
        matches = treatments.autocomplete(text)
        return sorted(matches, key=suggestion_order(text))[:SUGGESTIONS]
    shortlist = postgres.suggested_ids(treatments, text, SHORTLIST)
    found = in_order(treatments, shortlist)
    if len(found) < SUGGESTIONS and len(shortlist) == SHORTLIST:
        checked = postgres.suggested_ids(treatments, text, SUGGESTIONS, Scope(site))
        found = in_order(treatments, checked)
    return found[:SUGGESTIONS]


def title_holds(title, text):
    """True when each word of `text` starts a word of `title`."""
    title_words = title.casefold().replace("-", " ").split()
    return all(
        any(title_word.startswith(word) for title_word in title_words)
        for word in text.casefold().split()
    )


def suggestion_order(text):
    """The order of postgres.suggested_ids as a sort key, for other backends:
    titles that start with the text, then titles with a word starting like
    each word, then the newest page."""
    typed = text.casefold()

    def key(page):
        title = page.title.casefold()
        return (not title.startswith(typed), not title_holds(title, typed), -page.pk)

    return key


def in_order(treatments, ids):
    chosen = treatments.filter(pk__in=ids).only("title", "url_path", "summary")
    found = {page.pk: page for page in chosen}
    return [found[pk] for pk in ids if pk in found]
