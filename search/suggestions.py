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
        treatments = TreatmentPage.objects.live().public().in_site(site)
        found = [
            {"title": page.title, "url": page.get_url(request), "summary": page.summary}
            for page in treatments.autocomplete(" ".join(words))[:LIMIT]
        ]
        cache.set(key, found, CACHE_SECONDS)
    return found
