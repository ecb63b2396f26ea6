"""Template tags for review notices and JSON-LD."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from publishing import structured_data

register = template.Library()


def json_ld_script(data):
    # to_json_ld escapes <, > and &, so the JSON is safe inside <script>.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(structured_data.to_json_ld(data)),
    )


@register.simple_tag(takes_context=True)
def home_json_ld(context, page):
    return json_ld_script(structured_data.home_page_data(context["request"], page))


@register.simple_tag(takes_context=True)
def web_page_json_ld(context, page, schema_type):
    data = structured_data.web_page_data(context["request"], page, schema_type)
    return json_ld_script(data)
