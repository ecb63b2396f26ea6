"""What a feedback comment may hold: no contact details. Pure.

Search's `looks_personal` refuses any query with six digits, which suits a
query of a few words; a comment about "5 mg for 12 months in 2023" is not
personal data, so comments get a rule of their own: an email address, or a
phone-like run of seven digits or more (spaces, dots, dashes and brackets
allowed between them).
"""

import re

EMAIL = re.compile(r"\S+@\S+\.\S+")
PHONE = re.compile(r"\+?\(?\d(?:[\s().-]{0,2}\d){6,}")


def contact_details_in(text):
    """'email', 'phone' or None: the first kind of contact detail in `text`."""
    if EMAIL.search(text):
        return "email"
    if PHONE.search(text):
        return "phone"
    return None
