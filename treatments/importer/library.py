"""A reference library: verified sources that articles cite as `[@key]`.

An INI file read by the standard library's configparser (strict: a key or
field given twice is an error; no interpolation). One section per source,
`#` comment lines for what the source shows:

    # 16 studies: 15 preclinical, 1 clinical.
    [gupta-2023]
    authors = Gupta AK, Wang T, Rapaport JA
    title = Systematic review of exosome treatment in hair restoration
    publisher = J Cosmet Dermatol
    year = 2023
    doi = 10.1111/jocd.15869

Each entry is checked the way the References block checks it in the editor,
so a citation key always resolves to a source that saves and publishes.
"""

import configparser

from ..validators import is_valid_doi, is_valid_pmid
from .references import LIMITS
from .source import ArticleError

REQUIRED = ("authors", "title", "publisher", "year")
OPTIONAL = ("doi", "pmid", "url")


def read_reference_library(text):
    """{key: ReferenceBlock value} of a library file's text, or ArticleError."""
    parser = configparser.ConfigParser(
        interpolation=None, strict=True, default_section="library defaults"
    )
    try:
        parser.read_string(text)
    except configparser.Error as error:
        raise ArticleError(f"reference library: {error}") from None
    return {key: _entry(key, parser[key]) for key in parser.sections()}


def _entry(key, section):
    unknown = set(section) - {*REQUIRED, *OPTIONAL}
    if unknown:
        raise ArticleError(f"reference “{key}”: unknown fields {sorted(unknown)}")
    missing = [name for name in REQUIRED if not section.get(name, "").strip()]
    if missing:
        raise ArticleError(f"reference “{key}” lacks {', '.join(missing)}")
    value = {name: " ".join(section.get(name, "").split()) for name in section}
    value = {name: value.get(name, "") for name in (*REQUIRED, *OPTIONAL)}
    value["year"] = _year(key, value["year"])
    _check(key, value)
    return value


def _year(key, text):
    if not text.isdigit() or not 1800 <= int(text) <= 2100:
        raise ArticleError(f"reference “{key}”: “{text}” is not a year")
    return int(text)


def _check(key, value):
    if value["doi"] and not is_valid_doi(value["doi"]):
        raise ArticleError(f"reference “{key}”: “{value['doi']}” is not a DOI")
    if value["pmid"] and not is_valid_pmid(value["pmid"]):
        raise ArticleError(f"reference “{key}”: “{value['pmid']}” is not a PMID")
    for name, limit in LIMITS.items():
        if len(value[name]) > limit:
            raise ArticleError(
                f"reference “{key}”: {name} is longer than {limit} characters"
            )
