"""Template tags for linking to the inquiry form from any page, and for
stating how long inquiries are kept (the privacy notice)."""

from django import template

from inquiries.models import InquiryFormPage, InquirySettings
from treatments.site_pages import live_page

register = template.Library()


@register.simple_tag(takes_context=True)
def inquiry_form_page(context):
    """The site's inquiry form, for `{% pageurl %}`; None if it has none."""
    return live_page(context["request"], InquiryFormPage)


@register.simple_tag(takes_context=True)
def inquiry_retention_days(context):
    """The site's retention setting, so a notice never states a stale number."""
    return InquirySettings.for_request(context["request"]).inquiry_retention_days
