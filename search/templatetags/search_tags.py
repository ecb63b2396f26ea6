from django import template

register = template.Library()


@register.simple_tag
def query_with(params, **changes):
    """The current GET parameters with some changed; None drops one.

    Keeps the query and the filters in pagination and facet links.
    """
    return query_string(params, **changes)


def query_string(params, **changes):
    """`params` (a QueryDict) re-encoded with `changes`; None removes a key."""
    params = params.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()
