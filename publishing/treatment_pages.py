"""What publishing adds to a treatment page: the review notice and its JSON-LD."""

from django.template.loader import render_to_string

from . import structured_data
from .templatetags.publishing_tags import json_ld_script


def review_notice(context):
    """The "awaiting its scheduled review" note under the byline, when overdue."""
    return render_to_string(
        "publishing/includes/review_notice.html", {"page": context["page"]}
    )


def json_ld(context):
    """The page's MedicalWebPage structured data, as a <script> element."""
    data = structured_data.treatment_page_data(
        context["request"], context["page"], context.get("conditions")
    )
    return json_ld_script(data)
