from django import template

from ..paging import query_string

register = template.Library()


@register.simple_tag
def query_with(params, **changes):
    """The current GET parameters with some changed; None drops one.

    Keeps the query and the filters in pagination and facet links.
    """
    return query_string(params, **changes)
