"""Reading the page number a visitor asked for (pure)."""


def page_number(raw, num_pages):
    """A page that exists: non-numbers and numbers below 1 give the first page,
    numbers past the end give the last."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), max(num_pages, 1))


def query_string(params, **changes):
    """`params` (a QueryDict) re-encoded with `changes`; None removes a key."""
    params = params.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()
