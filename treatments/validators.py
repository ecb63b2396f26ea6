"""Format checks for identifiers that readers follow out of the site.

Plain functions and patterns, shared by the reference block, the importer
and the tests, so a DOI means the same thing everywhere.
"""

import re

from django.core.exceptions import ValidationError

# A DOI is "10." + a registrant code of 4-9 digits + "/" + a suffix
# (Crossref's recommended pattern for modern DOIs).
DOI_PATTERN = r"^10\.\d{4,9}/[^\s]+$"
# PubMed identifiers are positive integers of up to 8 digits.
PMID_PATTERN = r"^[1-9]\d{0,7}$"

DOI_RE = re.compile(DOI_PATTERN)
PMID_RE = re.compile(PMID_PATTERN)

DOI_HELP = "A DOI looks like 10.1111/jocd.15869: no 'https://doi.org/' prefix."
PMID_HELP = "A PubMed ID is a number of up to 8 digits, such as 39174804."


def normalise_doi(value):
    """Strip the resolver prefixes people paste, leaving the bare DOI."""
    value = (value or "").strip()
    for prefix in (
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "doi:",
    ):
        if value.lower().startswith(prefix):
            return value[len(prefix) :]
    return value


def is_valid_doi(value):
    return bool(DOI_RE.match(normalise_doi(value)))


def is_valid_pmid(value):
    return bool(PMID_RE.match((value or "").strip()))


# Links readers follow out of the site: the web and email, nothing a browser
# would run ("javascript:", "data:") or hand to another program.
LINK_SCHEMES = ("http", "https", "mailto")
LINK_HELP = "Links must start with http://, https:// or mailto:."


def is_safe_link(value):
    """True for an empty value or a URL whose scheme is in LINK_SCHEMES."""
    value = (value or "").strip()
    if not value:
        return True
    scheme, colon, rest = value.partition(":")
    # Browsers drop tabs and newlines inside a scheme ("java\tscript:").
    scheme = re.sub(r"[\s\x00-\x1f]", "", scheme).lower()
    return bool(colon) and scheme in LINK_SCHEMES and bool(rest.strip("/"))


def validate_link(value):
    if not is_safe_link(value):
        raise ValidationError(LINK_HELP, code="link_scheme")


# Email addresses we send to must be on the public internet: no bare host
# names ("localhost"), no address literals ("[127.0.0.1]") and none of the
# names reserved for tests and private networks (RFC 2606, RFC 6761, 6762).
RESERVED_SUFFIXES = (
    ".localhost",
    ".local",
    ".localdomain",
    ".internal",
    ".home.arpa",
    ".arpa",
    ".test",
    ".example",
    ".invalid",
    ".onion",
)
TOP_LEVEL_DOMAIN = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
PUBLIC_EMAIL_HELP = (
    "Please use an email address on a public domain, such as name@example.com."
)


def has_public_domain(email):
    domain = (email or "").rpartition("@")[2].strip().rstrip(".").lower()
    if not domain or domain.startswith("[") or "." not in domain:
        return False
    if ("." + domain).endswith(RESERVED_SUFFIXES):
        return False
    return bool(TOP_LEVEL_DOMAIN.match(domain.rpartition(".")[2]))


def validate_public_email(value):
    if not has_public_domain(value):
        raise ValidationError(PUBLIC_EMAIL_HELP, code="email_domain")
