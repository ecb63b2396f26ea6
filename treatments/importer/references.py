"""A "References" section read as citations: authors. title. journal, year. DOI.

Only a section whose every item parses becomes a references block; one
unreadable line keeps the whole section as text, because a half-converted
list would silently lose sources.
"""

import re

from ..validators import is_valid_doi, is_valid_pmid
from .source import ArticleError

ITEM_MARKER_RE = re.compile(r"^\s*(?:[-*+•–]|\[?\d{1,3}[.)\]])\s+")
DOI_RE = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?(10\.\d{4,9}/[^\s\"<>]+)", re.I
)
PMID_RE = re.compile(
    r"(?:\bPMID:?\s*|https?://pubmed\.ncbi\.nlm\.nih\.gov/)(\d{1,8})/?", re.I
)
URL_RE = re.compile(r"<?(https?://[^\s<>]+)>?")
MARKDOWN_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.?!])\s+")
TRAILING = ".,;:)]"
LIMITS = {"authors": 300, "title": 400, "publisher": 200}
# Pandoc's citation syntax: "[@gupta-2023]" names an entry of a reference library.
CITED_KEY_RE = re.compile(r"^\[@([\w.-]+)\]$")


def reference_items(lines):
    """[(first line number, text)]: list items, or paragraphs when unlisted."""
    items = []
    for line in lines:
        if line.blank:
            items.append(None)
        elif ITEM_MARKER_RE.match(line.text) or not items or items[-1] is None:
            items.append((line.number, ITEM_MARKER_RE.sub("", line.text).strip()))
        else:
            number, text = items[-1]
            items[-1] = (number, f"{text} {line.text.strip()}")
    return [item for item in items if item]


def has_identifier(text):
    return bool(DOI_RE.search(text) or PMID_RE.search(text))


def cited_key(text):
    """The key of a `[@key]` citation, or None for any other item."""
    match = CITED_KEY_RE.match(text.strip())
    return match.group(1) if match else None


def resolve_key(key, library, line):
    """The library's reference for `key`; an unknown key stops the import."""
    if library is None:
        raise ArticleError(
            f"line {line}: “[@{key}]” cites a reference library, and none was given"
        )
    if key not in library:
        raise ArticleError(f"line {line}: no reference “{key}” in the library")
    return dict(library[key])


def parse_reference(text):
    """The ReferenceBlock value of one citation, or None if it does not parse."""
    text = MARKDOWN_LINK_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    doi = _take(DOI_RE, text)
    pmid = _take(PMID_RE, text)
    if not doi and not pmid:
        return None
    rest = DOI_RE.sub("", PMID_RE.sub("", text))
    url = _take(URL_RE, rest)
    rest = URL_RE.sub("", rest)
    rest = re.sub(r"\b(?:Available (?:from|at)|Accessed)\b:?", "", rest, flags=re.I)
    rest = re.sub(r"[*_`]", "", rest)
    fields = _citation_fields(" ".join(rest.split()))
    if fields is None:
        return None
    value = {**fields, "doi": doi, "pmid": pmid, "url": url}
    if (doi and not is_valid_doi(doi)) or (pmid and not is_valid_pmid(pmid)):
        return None
    if any(len(value[name]) > limit for name, limit in LIMITS.items()):
        return None
    return value


def _take(pattern, text):
    match = pattern.search(text)
    return match.group(1).rstrip(TRAILING) if match else ""


def _citation_fields(text):
    """authors, title, publisher and year from 'A, B. Title. Journal, 2020;1:2.'"""
    parts = [part.strip() for part in SENTENCE_SPLIT_RE.split(text) if part.strip()]
    if len(parts) < 3:
        return None
    authors, title, rest = parts[0], parts[1], " ".join(parts[2:])
    year = YEAR_RE.search(rest)
    if not year:
        return None
    publisher = rest[: year.start()].strip(" ,;:.")
    if not publisher:
        return None
    return {
        "authors": authors if authors.endswith("et al.") else authors.rstrip("."),
        "title": title.rstrip("."),
        "publisher": publisher,
        "year": int(year.group(1)),
    }
