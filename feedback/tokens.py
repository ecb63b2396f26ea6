"""The signed page token the feedback form carries.

The form is the same for every visitor of a page (no CSRF token, no session),
so the page stays cacheable. The signature only proves the form came from one
of our pages: a visitor cannot answer for a page id they made up.
"""

from django.core import signing

TOKEN_SALT = "feedback.page"


def page_token(page_id):
    return signing.dumps(page_id, salt=TOKEN_SALT)


def page_id_from_token(token):
    """The page id the token was made for, or None if it is forged."""
    try:
        page_id = signing.loads(token or "", salt=TOKEN_SALT)
    except signing.BadSignature:
        return None
    return page_id if isinstance(page_id, int) else None
