"""Format checks for identifiers that readers follow out of the site.

Plain functions and patterns, shared by the reference block, the importer
and the tests, so a DOI means the same thing everywhere.
"""

import re

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
