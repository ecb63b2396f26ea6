"""Template tags for linking to the inquiry form from any page."""

from django import template

from inquiries.models import InquiryFormPage
from treatments.site_pages import live_page

register = template.Library()


@register.simple_tag(takes_context=True)
def inquiry_form_page(context):
    """The site's inquiry form, for `{% pageurl %}`; None if it has none."""
    return live_page(context["request"], InquiryFormPage)
