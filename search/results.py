"""Turning cached search results into what the page shows: specific pages in
rank order with their conditions, facets with names, popular treatments."""

from wagtail.models import Page

from treatments.models import Condition, EvidenceLevel, TreatmentPage


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


def popular_treatments(site, limit=6):
    """The home page's featured treatments (editors' choice), else the newest."""
    root = site.root_page.specific
    featured = getattr(root, "featured_treatments", None)
    live = TreatmentPage.objects.live().public().in_site(site)
    if featured is not None:
        ids = list(featured.values_list("treatment_id", flat=True)[:limit])
        chosen = {page.pk: page for page in live.filter(pk__in=ids)}
        pages = [chosen[pk] for pk in ids if pk in chosen]
        if pages:
            return pages
    return list(live.order_by("-first_published_at")[:limit])
