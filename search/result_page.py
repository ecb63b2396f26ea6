"""What the page of results shows, from the cached ranking: specific pages in
rank order with their snippets, facet counts with names, the editors' picks,
and the treatments offered when a search finds nothing."""

from django.db.models import Count
from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page

from treatments.models import Condition, EvidenceLevel, TreatmentPage
from treatments.visibility import visible_pages

from .caching import cached, current
from .highlight import best_snippet, highlight, stream_text
from .text import recordable_form

# Called as fn(site, limit) -> [treatment pages of `site` that an anonymous
# visitor may see (treatments.visibility)], in
# the order to show them, when a search finds nothing. The first function
# that returns any wins (home/ offers the home page's featured treatments);
# without one, the newest treatments are shown.
NOTHING_FOUND_HOOK = "search_treatments_when_nothing_found"


def pages_by_ids(ids):
    """Specific pages for `ids`, in that order, conditions prefetched: a fixed
    number of queries whatever the number of ids. Treatments are nearly all
    results, so they are read as such (two queries); any other page types
    follow through Wagtail's specific() (a query, and one per type)."""
    treatments = TreatmentPage.objects.filter(pk__in=ids).prefetch_related("conditions")
    found = {page.pk: page for page in treatments}
    others = [pk for pk in ids if pk not in found]
    if others:
        found |= {
            page.pk: page for page in Page.objects.filter(pk__in=others).specific()
        }
    return [found[pk] for pk in ids if pk in found]


def result_snippet(page, words):
    """The passage of the page's summary or body that holds a query word,
    with the words marked."""
    texts = [getattr(page, "summary", "") or page.search_description]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "raw_data"):
        texts += stream_text(body.raw_data)
    texts = [text for text in texts if text]
    return highlight(best_snippet(texts, words), words)


# Facets ------------------------------------------------------------------------


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
    ids) have it."""
    by_condition, by_level = facet_queries(list(ids))
    return {"conditions": dict(by_condition), "evidence": dict(by_level)}


def facets(attempt):
    """Filters with counts among the results (the ranked ids): conditions by
    name, evidence levels in their natural order."""
    counts = attempt.facets
    conditions = list(
        Condition.objects.filter(pk__in=counts["conditions"]).order_by("name")
    )
    for condition in conditions:
        condition.count = counts["conditions"][condition.pk]
    evidence = [
        {"value": value, "label": label, "count": counts["evidence"][value]}
        for value, label in EvidenceLevel.choices
        if counts["evidence"].get(value)
    ]
    # The counts cover the ranked ids: all the results, or the first ones.
    shown = len(attempt.ids)
    first_results = f"{shown:,}" if attempt.total > shown else None
    return {
        "conditions": conditions,
        "evidence": evidence,
        "first_results": first_results,
    }


# Editors' picks and the page for no results ------------------------------------


def promotions(pages, words):
    """Editors' picks for this query whose page is among `pages` (the site's
    searchable pages). Most queries have none: the queries that do are cached
    until a pick is saved or deleted (search.signals), and only theirs are
    read."""
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
    def read():
        rows = SearchPromotion.objects.values_list("query__query_string", flat=True)
        return set(rows)

    return cached("picked-queries", (current("picks"),), read)


def popular_treatments(site, limit=6):
    """Treatments offered when a search finds nothing: the first non-empty
    answer of NOTHING_FOUND_HOOK, else the site's newest treatments."""
    for treatments_for in hooks.get_hooks(NOTHING_FOUND_HOOK):
        pages = list(treatments_for(site, limit))[:limit]
        if pages:
            return pages
    shown = visible_pages(TreatmentPage.objects.in_site(site))
    return list(shown.order_by("-first_published_at")[:limit])
