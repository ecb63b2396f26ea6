"""The fingerprint of what readers see on a treatment page (pure functions).

An approval stores it; a publish compares the live revision's with the latest
approval's. It covers the title, summary, evidence and regulatory fields, the
body text as `treatments.article.reader_text` reads it (rich text with its
links), the notes on related links and the conditions. Layout, images, SEO
fields and the review fields themselves are left out: changing them changes
no medical statement. Works on a saved page or a revision's `as_object()`.
"""

import hashlib
import json

from treatments.article import reader_text

PAGE_FIELDS = (
    "title",
    "summary",
    "evidence_level",
    "regulatory_status",
    "regulatory_note",
    "treatment_kind",
    "prescription_status",
)


def reader_content(page):
    """The reader-facing content of `page` as plain, JSON-ready data."""
    return {
        "fields": {name: getattr(page, name, "") or "" for name in PAGE_FIELDS},
        "body": [
            [block.block_type, [[list(p.path), p.text, p.html] for p in block.pieces]]
            for block in reader_text(page.body)
        ],
        "related": [
            [link.target_id, link.relation_type, link.note]
            for link in page.related_treatments.all()
        ],
        "conditions": sorted(
            [condition.pk, condition.name] for condition in page.conditions.all()
        ),
    }


def fingerprint(page):
    """sha256 hex digest of `reader_content(page)`."""
    data = json.dumps(reader_content(page), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
