"""Article import: a Markdown or plain-text file -> title, summary, body blocks.

Pure functions, no database: `read_article(data, filename)` takes the file's
bytes and returns an ImportedArticle (plain data plus notices for the editor)
or raises ArticleError. The import_article command saves the result.

    source.py          decoding, numbered lines, placeholders, suspicious text
    front_matter.py    the page fields above a Markdown article's title
    markdown_source.py / text_source.py   the two readers: outline + rich text
    containers.py      `::: callout` / `::: key-facts` / `::: urgent-care` blocks
    richtext.py        Wagtail's rich text storage format, escaped and linked
    references.py      citations in a References section, and `[@key]` ones
    citations.py       `[@key]` at a claim in the prose, numbered as the References
    library.py         the reference library `[@key]` citations resolve against
    assemble.py        outline -> summary and StreamField blocks
"""

from pathlib import PurePath

from . import markdown_source, text_source
from .assemble import ImportedArticle, build_article, cut_summary
from .front_matter import parse_front_matter, split_front_matter
from .library import read_reference_library
from .source import (
    ArticleError,
    Notice,
    decode_source,
    numbered_lines,
    remove_placeholders,
    strip_control_characters,
    suspicious_text,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ArticleError",
    "ImportedArticle",
    "Notice",
    "cut_summary",
    "format_for",
    "parse_article",
    "read_article",
    "read_reference_library",
]

SUPPORTED_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text"}
READERS = {"markdown": markdown_source, "text": text_source}


def format_for(filename):
    """'markdown' or 'text' from the file name, or ArticleError."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ArticleError(
            f"Unsupported file type “{suffix or 'no extension'}”: "
            f"import a Markdown or plain-text article ({supported})."
        )
    return SUPPORTED_SUFFIXES[suffix]


def read_article(data, filename, library=None):
    """The article in a file's bytes; the file name says which format."""
    fmt = format_for(filename)
    return parse_article(decode_source(data), fmt, library)


def parse_article(text, fmt, library=None):
    """An ImportedArticle from the text of a 'markdown' or 'text' article.

    A Markdown article may open with front matter (front_matter.py), and cite
    `[@key]` entries of `library` ({key: reference}, see library.py).
    """
    reader = READERS[fmt]
    lines, notices = strip_control_characters(numbered_lines(text))
    metadata = {}
    if fmt == "markdown":
        front, lines = split_front_matter(lines)
        metadata = parse_front_matter(front)
    lines, removed = remove_placeholders(lines)
    notices += removed
    if fmt == "markdown":
        notices += markdown_source.source_notices(lines)
        lines = markdown_source.strip_images(lines)
    notices += suspicious_text(lines, check_gaps=fmt == "text")
    if all(line.blank for line in lines):
        raise ArticleError("The file holds only editorial placeholders: no article.")
    article = build_article(reader.outline(lines), reader, metadata, library)
    article.notices = sorted(
        [*notices, *article.notices],
        key=lambda notice: (notice.line is None, notice.line or 0),
    )
    return article
