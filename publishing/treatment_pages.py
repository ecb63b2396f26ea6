"""What publishing adds to a treatment page: who reviewed it, notices, JSON-LD.

Each asks `review_state.review_claim`, which reads the page's ReviewState row
once per render: the page says it was reviewed only while its live text is the
approved text.
"""

from django.template.loader import render_to_string
from django.utils import timezone

from . import structured_data
from .review_state import review_claim
from .templatetags.publishing_tags import json_ld_script


def claim_for(context):
    return review_claim(context["page"], context.get("request"))


def review_byline(context):
    """ "Medically reviewed by X on D", or "Updated on D2; its medical review is
    pending" when the live text is not the approved text."""
    return render_to_string(
        "publishing/includes/review_byline.html",
        {"claim": claim_for(context), "request": context.get("request")},
    )


def review_notice(context):
    """The "awaiting its scheduled review" note under the byline, when overdue."""
    claim = claim_for(context)
    overdue = claim.reviewed and claim.next_review_due < timezone.localdate()
    if not overdue:
        return ""
    return render_to_string(
        "publishing/includes/review_notice.html", {"claim": claim, "overdue": True}
    )


def json_ld(context):
    """The page's MedicalWebPage structured data, as a <script> element."""
    data = structured_data.treatment_page_data(
        context["request"],
        context["page"],
        context.get("conditions"),
        review=claim_for(context),
    )
    return json_ld_script(data)
