"""What inquiries adds to a treatment page: the call to talk to a doctor.

Its words follow the treatment's status: an approved or cleared treatment
(an accepted option, see treatments.models.choices.is_accepted_option) is
named ("Ask a doctor about X"); for an experimental or unapproved one the
call is to talk about the reader's options, pointing to the alternatives,
since naming it would contradict the article's own advice. It is shown twice:
a short line near the top, and the full box after the article.
"""

from django.template.loader import render_to_string

from treatments.models import RelationType
from treatments.site_pages import live_page

from .models import InquiryFormPage

TEMPLATES = {
    "end": "inquiries/includes/treatment_call_to_action.html",
    "top": "inquiries/includes/treatment_call_to_action_top.html",
}


def call_to_action(context):
    """The box after the article."""
    return render_call_to_action(context, placement="end")


def call_to_action_near_top(context):
    """The short line under the byline, so readers need not reach the end."""
    return render_call_to_action(context, placement="top")


def render_call_to_action(context, placement):
    request = context.get("request")
    inquiry_page = live_page(request, InquiryFormPage) if request else None
    if inquiry_page is None:
        return ""
    page = context["page"]
    return render_to_string(
        TEMPLATES[placement],
        {
            "page": page,
            "inquiry_page": inquiry_page,
            "placement": placement,
            "accepted": page.is_accepted_option,
            "alternatives_url": alternatives_url(context),
        },
        request=request,
    )


def alternatives_url(context):
    """The article's own "Alternatives to consider" links if it has any, else
    the treatments section (the page's parent, already fetched by routing)."""
    groups = context.get("related_groups") or []
    if any(group["type"] == RelationType.ALTERNATIVE for group in groups):
        return f"#related-{RelationType.ALTERNATIVE}"
    return context["page"].get_parent().get_url(context.get("request"))
