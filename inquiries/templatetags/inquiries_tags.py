"""Template tags for linking to the inquiry form from any page, and for
stating how long inquiries are kept (the privacy notice)."""

from django import template

from inquiries.models import InquiryFormPage, InquirySettings
from inquiries.retention import default_retention_days
from treatments.site_pages import live_page

register = template.Library()


@register.simple_tag(takes_context=True)
def inquiry_form_page(context):
    """The site's inquiry form, for `{% pageurl %}`; None if it has none."""
    return live_page(context["request"], InquiryFormPage)


@register.simple_tag(takes_context=True)
def inquiry_retention_days(context):
    """The site's retention setting, so a notice never states a stale number
    (the default site's when rendered without a request, as in previews)."""
    request = context.get("request")
    if request is None:
        return default_retention_days()
    return InquirySettings.for_request(request).inquiry_retention_days
