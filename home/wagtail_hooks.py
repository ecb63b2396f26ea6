"""What home/ offers other apps through their declared hooks: the site's
medical disclaimer on the appointment sheet, and the featured treatments
search offers when nothing is found.

An article shows the disclaimer once, in the site footer every page has
(templates/includes/footer.html, which prints too); it used to be added after
the article as well, so readers met it twice in a row. The sheet hides the
site footer when printed (it must fit one page), so it carries its own.
"""

from django.template.loader import render_to_string
from wagtail import hooks

from search.result_page import NOTHING_FOUND_HOOK
from treatments.hooks import SHEET_FOOTER_HOOK
from treatments.models import TreatmentPage
from treatments.models.choices import established_first

from .models import HomePage, PortalSettings


def disclaimer(context, role=""):
    request = context.get("request")
    if request is None:
        return ""
    return render_to_string(
        "home/includes/disclaimer.html",
        {"disclaimer": PortalSettings.for_request(request).disclaimer, "role": role},
    )


@hooks.register(SHEET_FOOTER_HOOK)
def sheet_disclaimer(context):
    return disclaimer(context)


@hooks.register(NOTHING_FOUND_HOOK)
def featured_treatments(site, limit):
    """The home page's featured treatments (editors' choice) that are live,
    public and in `site`: established, approved ones first, as on the home
    page, then the editors' order."""
    root = site.root_page.specific
    if not isinstance(root, HomePage):
        return []
    # All of them, then the limit: the established ones may come late.
    ids = list(root.featured_treatments.values_list("treatment_id", flat=True))
    live = TreatmentPage.objects.live().public().in_site(site).filter(pk__in=ids)
    chosen = {page.pk: page for page in live}
    return established_first(chosen[pk] for pk in ids if pk in chosen)[:limit]
