"""Front matter: the page fields a Markdown article may carry above its title.

    ---
    slug: minoxidil
    summary: Minoxidil is a liquid or foam applied to the scalp. Long values
      continue on lines indented by two spaces.
    evidence_level: established
    conditions:
      - androgenetic-alopecia
    related:
      - finasteride | combined | Often used together.
    ---

A deliberately small, strict subset of YAML: `key: value` lines, lists of
`- item` lines, indented continuation lines, `#` comment lines. No quoting,
no nesting, no types beyond those below, so a value always means what it
reads as. Unknown keys, repeated keys and malformed lines stop the import
with the line number; nothing is guessed.
"""

import datetime
import re
from dataclasses import dataclass

from ..models.choices import EvidenceLevel, RegulatoryStatus, RelationType
from .source import ArticleError

FENCE = "---"
KEY_RE = re.compile(r"^([a-z_]+):(?:[ \t]+(.*))?$")
ITEM_RE = re.compile(r"^[ \t]+-[ \t]+(.*)$")
SUMMARY_MAX = 400


@dataclass(frozen=True)
class Related:
    slug: str
    relation: str
    note: str


def split_front_matter(lines):
    """(front-matter lines, the rest) when the file opens with a --- fence."""
    if not lines or lines[0].text.strip() != FENCE:
        return [], lines
    for index, line in enumerate(lines[1:], start=1):
        if line.text.strip() == FENCE:
            return lines[1:index], lines[index + 1 :]
    raise ArticleError(
        f"line {lines[0].number}: the front matter opened here is never closed "
        "with a --- line"
    )


def parse_front_matter(lines):
    """{field: value} of the front matter lines, typed and checked."""
    raw = _raw_entries(lines)
    fields = {}
    for key, (number, scalar, items) in raw.items():
        if key not in FIELDS:
            known = ", ".join(FIELDS)
            raise ArticleError(f"line {number}: unknown field “{key}” ({known})")
        kind, convert = FIELDS[key]
        if kind == "list" and scalar:
            raise ArticleError(f"line {number}: “{key}” takes a list of - items")
        if kind == "scalar" and (items or not scalar):
            raise ArticleError(f"line {number}: “{key}” takes one value")
        fields[key] = convert(items if kind == "list" else scalar, number)
    return fields


def _raw_entries(lines):
    """{key: (line, scalar text, [item texts])}, continuation lines folded."""
    entries, key = {}, None
    for line in lines:
        if line.blank or line.text.startswith("#"):
            continue
        if match := KEY_RE.match(line.text):
            key = match.group(1)
            if key in entries:
                raise ArticleError(f"line {line.number}: “{key}” is given twice")
            entries[key] = (line.number, (match.group(2) or "").strip(), [])
        elif key and (match := ITEM_RE.match(line.text)):
            entries[key][2].append(match.group(1).strip())
        elif key and line.text[:1] in " \t":
            number, scalar, items = entries[key]
            if items:
                items[-1] = f"{items[-1]} {line.text.strip()}"
            else:
                entries[key] = (number, f"{scalar} {line.text.strip()}".strip(), [])
        else:
            raise ArticleError(
                f"line {line.number}: front matter lines are “key: value”, "
                "“  - item” or indented continuations"
            )
    return entries


def _plain(value, number):
    return value


def _summary(value, number):
    if len(value) > SUMMARY_MAX:
        raise ArticleError(
            f"line {number}: the summary is {len(value)} characters; "
            f"at most {SUMMARY_MAX}"
        )
    return value


def _choice(choices):
    def convert(value, number):
        if value not in choices.values:
            allowed = ", ".join(choices.values)
            raise ArticleError(f"line {number}: “{value}” is not one of {allowed}")
        return value

    return convert


def _date(value, number):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ArticleError(
            f"line {number}: “{value}” is not a date in the form YYYY-MM-DD"
        ) from None


def _slugs(items, number):
    return list(items)


def _related(items, number):
    links = []
    for item in items:
        parts = [part.strip() for part in item.split("|")]
        if len(parts) != 3 or not all(parts[:2]):
            raise ArticleError(
                f"line {number}: a related item is “slug | relation | note”, "
                f"not “{item}”"
            )
        _choice(RelationType)(parts[1], number)
        links.append(Related(*parts))
    return links


FIELDS = {
    "slug": ("scalar", _plain),
    "summary": ("scalar", _summary),
    "evidence_level": ("scalar", _choice(EvidenceLevel)),
    "regulatory_status": ("scalar", _choice(RegulatoryStatus)),
    "regulatory_note": ("scalar", _plain),
    "reviewer": ("scalar", _plain),
    "last_reviewed": ("scalar", _date),
    "next_review_due": ("scalar", _date),
    "conditions": ("list", _slugs),
    "related": ("list", _related),
}
