"""The signed page token the feedback form carries.

The form is the same for every visitor of a page (no CSRF token, no session),
so the page stays cacheable. The signature only proves the form came from one
of our pages: a visitor cannot answer for a page id they made up.
"""

from django.core import signing

TOKEN_SALT = "feedback.page"


def page_token(page_id):
    """'<id>:<signature>'. No timestamp: the same token for every render, so
    cached copies of the article stay identical and never go stale."""
    return signing.Signer(salt=TOKEN_SALT).sign(str(page_id))


def page_id_from_token(token):
    """The page id the token was made for, or None if it is forged."""
    try:
        value = signing.Signer(salt=TOKEN_SALT).unsign(token or "")
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None
