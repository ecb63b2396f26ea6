"""The demo's articles: Markdown files in home/demo/articles/, read by the
article importer, citing the verified sources in home/demo/references.ini.

The demo is the importer's largest test: every file must import without a
single notice, so a construct the importer cannot express fails `load_demo`
(and tests/home/test_demo.py) instead of quietly turning into text.
"""

from pathlib import Path

from treatments.importer import read_article, read_reference_library

from .site import DOCTORS

ARTICLES_DIR = Path(__file__).parent / "articles"
LIBRARY_PATH = Path(__file__).parent / "references.ini"
REQUIRED_FIELDS = (
    "slug",
    "evidence_level",
    "regulatory_status",
    "conditions",
    "reviewer",
)


class DemoContentError(ValueError):
    """A demo article file does not import cleanly."""


def reference_library():
    return read_reference_library(LIBRARY_PATH.read_text(encoding="utf-8"))


def article_paths():
    return sorted(ARTICLES_DIR.glob("*.md"))


def load_articles():
    """Every demo article as the builder's dict, ordered by file name."""
    library = reference_library()
    return [read_demo_article(path, library) for path in article_paths()]


def read_demo_article(path, library):
    article = read_article(path.read_bytes(), path.name, library)
    if article.notices:
        found = "\n  ".join(str(notice) for notice in article.notices)
        raise DemoContentError(f"{path.name} imports with notices:\n  {found}")
    missing = [name for name in REQUIRED_FIELDS if name not in article.metadata]
    if missing:
        raise DemoContentError(f"{path.name}: front matter lacks {', '.join(missing)}")
    return as_builder_dict(article, path.name)


def as_builder_dict(article, filename):
    """{slug, title, summary, ..., body: [(type, value)], related: [(slug,
    relation, note)]}: the plain shape the builder and the claims test read."""
    fields = article.metadata
    return {
        "slug": fields["slug"],
        "title": article.title,
        "summary": article.summary,
        "evidence_level": fields["evidence_level"],
        "regulatory_status": fields["regulatory_status"],
        "regulatory_note": fields.get("regulatory_note", ""),
        "conditions": fields["conditions"],
        "reviewer": doctor_key(fields["reviewer"], filename),
        "body": [(block["type"], block["value"]) for block in article.body],
        "related": [
            (link.slug, link.relation, link.note) for link in fields.get("related", [])
        ],
    }


def doctor_key(name, filename):
    """The key in site.DOCTORS of the sample doctor named in the front matter.

    Looked up in the demo's own data, not the database, so an editor who
    renames a doctor does not break a later `load_demo`.
    """
    for key, data in DOCTORS.items():
        if data["name"] == name:
            return key
    raise DemoContentError(f"{filename}: no demo doctor named “{name}”")
