"""What home/ offers other apps through their declared hooks."""

from wagtail import hooks

from search.result_page import NOTHING_FOUND_HOOK
from treatments.models import TreatmentPage

from .models import HomePage


@hooks.register(NOTHING_FOUND_HOOK)
def featured_treatments(site, limit):
    """The home page's featured treatments (editors' choice) that are live,
    public and in `site`, in the editors' order."""
    root = site.root_page.specific
    if not isinstance(root, HomePage):
        return []
    ids = list(root.featured_treatments.values_list("treatment_id", flat=True)[:limit])
    live = TreatmentPage.objects.live().public().in_site(site).filter(pk__in=ids)
    chosen = {page.pk: page for page in live}
    return [chosen[pk] for pk in ids if pk in chosen]
