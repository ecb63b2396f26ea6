"""What home adds to treatment pages: the site's medical disclaimer."""

from django.template.loader import render_to_string
from wagtail import hooks

from treatments.hooks import AFTER_BODY_HOOK, SHEET_FOOTER_HOOK

from .models import PortalSettings


def disclaimer(context, role=""):
    request = context.get("request")
    if request is None:
        return ""
    return render_to_string(
        "home/includes/disclaimer.html",
        {"disclaimer": PortalSettings.for_request(request).disclaimer, "role": role},
    )


# After the inquiry box (order 0): the disclaimer closes the article.
@hooks.register(AFTER_BODY_HOOK, order=100)
def article_disclaimer(context):
    return disclaimer(context, role="note")


@hooks.register(SHEET_FOOTER_HOOK)
def sheet_disclaimer(context):
    return disclaimer(context)
