"""What the import_article command reports and how front matter fills its
options: pure functions over an ImportedArticle, no database."""


def counted(number, noun):
    return f"{number} {noun}{'' if number == 1 else 's'}"


def contents_lines(article):
    """What the import found: block counts, then each block's heading."""
    counts = (
        f"{counted(article.count('section'), 'section')}, "
        f"{counted(article.faq_item_count, 'FAQ item')}, "
        f"{counted(article.reference_count, 'reference')}:"
    )
    return [counts] + [f"  {block['type']}: {_label(block)}" for block in article.body]


def _label(block):
    value = block["value"]
    return value.get("heading", value.get("title", ""))


# Front matter fields that stand in for an option left off the command line.
FRONT_MATTER_OPTIONS = (
    "slug",
    "evidence_level",
    "regulatory_status",
    "regulatory_note",
    "reviewer",
    "conditions",
)
# Front matter fields that would claim a review: never imported (an approval
# in the Medical review workflow sets them).
REVIEW_FIELDS = ("last_reviewed", "next_review_due")


def with_front_matter(options, metadata):
    """The options, each one left off taken from the file's front matter."""
    merged = dict(options)
    for name in FRONT_MATTER_OPTIONS:
        if not merged.get(name) and name in metadata:
            value = metadata[name]
            merged[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return merged


def front_matter_warnings(metadata):
    warnings = []
    if "related" in metadata:
        warnings.append(
            "front matter “related” is not imported: link related treatments "
            "in the editor"
        )
    for name in REVIEW_FIELDS:
        if name in metadata:
            warnings.append(
                f"front matter “{name}” is not imported: review dates are set "
                "when a medical reviewer approves the article"
            )
    return warnings
