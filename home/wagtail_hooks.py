"""What home/ offers other apps through their declared hooks: "When to get
help" after the article, the site's medical disclaimer on the appointment
sheet, and the featured treatments search offers when nothing is found.

An article shows the disclaimer once, in the site footer every page has
(templates/includes/footer.html, which prints too); it used to be added after
the article as well, so readers met it twice in a row. The sheet hides the
site footer when printed (it must fit one page), so it carries its own.
"""

from django.template.loader import render_to_string
from wagtail import hooks

from search.result_page import NOTHING_FOUND_HOOK
from treatments.hooks import AFTER_BODY_HOOK, SHEET_FOOTER_HOOK
from treatments.models import TreatmentPage
from treatments.models.choices import established_first
from treatments.visibility import visible_pages

from .models import HomePage, PortalSettings


def disclaimer(context, role=""):
    request = context.get("request")
    if request is None:
        return ""
    return render_to_string(
        "home/includes/disclaimer.html",
        {"disclaimer": PortalSettings.for_request(request).disclaimer, "role": role},
    )


# After the inquiry box (order 0), before the feedback form (90).
@hooks.register(AFTER_BODY_HOOK, order=50)
def article_when_to_get_help(context):
    request = context.get("request")
    if request is None:
        return ""
    return render_to_string("home/includes/article_get_help.html", request=request)


@hooks.register(SHEET_FOOTER_HOOK)
def sheet_disclaimer(context):
    return disclaimer(context)


@hooks.register(NOTHING_FOUND_HOOK)
def featured_treatments(site, limit):
    """The home page's featured treatments (editors' choice) in `site` that an
    anonymous visitor may see (search's answers are shared): established,
    approved ones first, as on the home page, then the editors' order."""
    root = site.root_page.specific
    if not isinstance(root, HomePage):
        return []
    # All of them, then the limit: the established ones may come late.
    ids = list(root.featured_treatments.values_list("treatment_id", flat=True))
    shown = visible_pages(TreatmentPage.objects.in_site(site)).filter(pk__in=ids)
    chosen = {page.pk: page for page in shown}
    return established_first(chosen[pk] for pk in ids if pk in chosen)[:limit]
