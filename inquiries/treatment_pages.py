"""What inquiries adds to a treatment page: the call to ask a doctor about it."""

from django.template.loader import render_to_string

from treatments.site_pages import live_page

from .models import InquiryFormPage


def call_to_action(context):
    """The "Ask a doctor about …" box, linking to the form with the treatment chosen."""
    request = context.get("request")
    inquiry_page = live_page(request, InquiryFormPage) if request else None
    if inquiry_page is None:
        return ""
    return render_to_string(
        "inquiries/includes/treatment_call_to_action.html",
        {"page": context["page"], "inquiry_page": inquiry_page},
        request=request,
    )
