"""As-you-type suggestions for the search box, cached like full searches."""

from django.core.cache import cache

from treatments.models import TreatmentPage

from .engine import CACHE_SECONDS, cache_key
from .signals import content_version

LIMIT = 8


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
            for page in best_matches(site, words)
        ]
        cache.set(key, found, CACHE_SECONDS)
    return found


def best_matches(site, words):
    """The LIMIT best autocomplete matches, in rank order.

    Ranked as ids first: selecting whole pages made PostgreSQL carry every
    matching row's columns (body included) through the sort, and a short
    prefix matches half the pages. The LIMIT pages are then loaded by id.
    """
    treatments = TreatmentPage.objects.live().public().in_site(site)
    results = treatments.autocomplete(" ".join(words))
    ids = list(results.get_queryset().values_list("pk", flat=True)[:LIMIT])
    pages = TreatmentPage.objects.in_bulk(ids)
    return [pages[pk] for pk in ids if pk in pages]
