"""The words spelling suggestions are chosen from, kept per site.

The words of every live, public page title, stored (SiteVocabulary) with the
state of the pages they came from and the content version (search.caching)
they were last checked under, so that no visitor's search reads and splits
every title. They are rebuilt once a publish, unpublish, move, delete or view
restriction change is committed (search.signals). A search under the same
content version uses them as they are; under a new one (a change the signals
did not rebuild for, or a cache that lost the version) it checks the pages'
state first (one aggregate query) and rebuilds them if it changed. Condition names
are few and read on each use, so renaming one needs no rebuild.
"""

from django.db.models import Count, Max
from wagtail.models import Site

from treatments.models import Condition

from .caching import cached, content_version
from .models import SiteVocabulary
from .scope import site_pages
from .text import vocabulary_of

CACHE_SECONDS = 60 * 60 * 24


def pages_state(site):
    """Changes whenever a page is published, unpublished, moved in or out of
    the site, or hidden behind a view restriction."""
    pages = site_pages(site)
    state = pages.aggregate(latest=Max("last_published_at"), count=Count("pk"))
    latest = state["latest"].timestamp() if state["latest"] else 0
    return f"{state['count']}:{latest}"


def title_words(site, version):
    """The stored words, checked against the pages unless they were already
    checked under `version`; rebuilt and stored when the pages changed."""
    stored = SiteVocabulary.objects.filter(site=site).first()
    if stored is not None and stored.version == version:
        return tuple(stored.words.split())
    state = pages_state(site)
    if stored is not None and stored.state == state:
        stored.version = version
        stored.save(update_fields=["version"])
        return tuple(stored.words.split())
    words = vocabulary_of(site_pages(site).values_list("title", flat=True))
    SiteVocabulary.objects.update_or_create(
        site=site,
        defaults={"state": state, "version": version, "words": "\n".join(words)},
    )
    return words


def site_vocabulary(site):
    """Words of live titles and condition names, sorted."""
    version = content_version()
    words = cached(
        "vocabulary",
        (site.pk, version),
        lambda: title_words(site, version),
        CACHE_SECONDS,
    )
    names = vocabulary_of(Condition.objects.values_list("name", flat=True))
    return tuple(sorted(set(words) | set(names)))


def refresh_vocabularies():
    """Rebuild the stored words of every site whose pages changed."""
    version = content_version()
    for site in Site.objects.select_related("root_page"):
        title_words(site, version)
