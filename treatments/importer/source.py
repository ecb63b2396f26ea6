"""The raw article file: decoding, numbered lines, editorial leftovers.

Everything here works on text and line numbers so that warnings can point an
editor at the exact line of the file they gave us.
"""

import re
from dataclasses import dataclass


class ArticleError(ValueError):
    """The file cannot be imported at all; nothing should be saved."""


@dataclass(frozen=True)
class Notice:
    """Something the editor should check, with the source line it came from."""

    line: int | None
    message: str

    def __str__(self):
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Line:
    number: int
    text: str

    @property
    def blank(self):
        return not self.text.strip()


# Parenthesised or bracketed notes to the editor: "(insert link)",
# "(Insert link for exosomes for cancer once it's posted)", "[TODO check dose]",
# "[citation needed]". A Markdown link around such a note goes with it.
_NOTE_WORDS = (
    r"insert\b|add\s+(?:a\s+)?(?:link|source|citation|reference|image|photo)\b"
    r"|todo\b|tk\b|tbd\b|tbc\b|fixme\b|xxx\b|placeholder\b"
    r"|(?:citation|source|reference|link)\s+(?:needed|to\s+come|tk)\b"
)
BRACKETED_PLACEHOLDER_RE = re.compile(
    rf"\[\s*(?:{_NOTE_WORDS})[^\[\]\n]*\](?:\([^()\s]*\))?"
    rf"|\(\s*(?:{_NOTE_WORDS})[^()\n]*\)",
    re.IGNORECASE,
)
# Journalists' "TK" (to come) stands alone and in capitals.
BARE_PLACEHOLDER_RE = re.compile(r"\b(?:TK)+\b")
NOTE_LINE_RE = re.compile(r"^\s*(?:TODO|FIXME)\b.*$")

# "https://my.clevelandclinic.org › health › diseases › ...": a search result's
# breadcrumb, not an address anyone can follow.
BREADCRUMB_URL_RE = re.compile(r"(https?://[^\s›]+)(?:\s+›\s*\S+)+")
# Several spaces inside a sentence usually mark a word that was deleted.
GAP_RE = re.compile(r"(\S+)\s{3,}(?=\S)")
CONTROL_RE = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f]")


def decode_source(data):
    """UTF-8 text of the file, or ArticleError saying why it cannot be read."""
    if not data.strip():
        raise ArticleError("The file is empty: there is no article to import.")
    if b"\x00" in data:
        raise ArticleError(
            "The file looks binary (it contains NUL bytes). Save the article as "
            "UTF-8 plain text or Markdown and try again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleError(
            f"The file is not valid UTF-8 (byte {error.start}, line {line}). "
            "Save it as UTF-8 and try again."
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError("The file is empty: there is no article to import.")
    return text


def numbered_lines(text):
    return [
        Line(number, line.replace("\f", ""))
        for number, line in enumerate(text.split("\n"), start=1)
    ]


def remove_placeholders(lines):
    """(lines without editorial notes, a Notice for each note removed).

    A line that held nothing but a note is dropped rather than left blank, so
    it does not split the paragraph around it.
    """
    kept, notices = [], []
    for line in lines:
        text = line.text
        if NOTE_LINE_RE.match(text):
            notices.append(_removed(line.number, text.strip()))
            continue
        for pattern in (BRACKETED_PLACEHOLDER_RE, BARE_PLACEHOLDER_RE):
            while match := pattern.search(text):
                notices.append(_removed(line.number, match.group()))
                text = _cut(text, match.start(), match.end())
        if text.strip() or line.blank:
            kept.append(Line(line.number, text))
    return kept, notices


def _removed(number, note):
    return Notice(number, f"removed editorial placeholder “{note}”")


def _cut(text, start, end):
    """Text without text[start:end], keeping indentation and tidy spacing."""
    before, after = text[:start].rstrip(" \t"), text[end:].lstrip(" \t")
    if not before.strip():
        indent = text[: len(text) - len(text.lstrip(" \t"))]
        return indent + after
    if not after or after[0] in ".,;:!?)]":
        return before + after
    return f"{before} {after}"


def strip_control_characters(lines):
    """Lines without stray control characters, which rich text cannot hold."""
    cleaned, notices = [], []
    for line in lines:
        text = CONTROL_RE.sub("", line.text)
        if text != line.text:
            notices.append(Notice(line.number, "removed invisible control characters"))
        cleaned.append(Line(line.number, text))
    return cleaned, notices


def suspicious_text(lines, check_gaps):
    """Notices for text that imports but probably needs an editor's eye."""
    notices = []
    for line in lines:
        for match in BREADCRUMB_URL_RE.finditer(line.text):
            notices.append(
                Notice(
                    line.number,
                    f"“{_shorten(match.group())}” looks copied from search results; "
                    f"only {match.group(1)} is linked. Replace it with the full "
                    "address of the source.",
                )
            )
        if check_gaps and (gap := GAP_RE.search(line.text.strip())):
            notices.append(
                Notice(
                    line.number,
                    f"several spaces after “{gap.group(1)}”: is a word missing?",
                )
            )
    return notices


def fit(text, limit, line, what, notices):
    """`text` shortened at a word to `limit` characters, with a notice if cut."""
    if len(text) <= limit:
        return text
    shortened = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    notices.append(Notice(line, f"{what} shortened to {limit} characters"))
    return shortened


def _shorten(text, limit=60):
    return text if len(text) <= limit else text[: limit - 1] + "…"
