"""`::: kind argument` ... `:::` blocks of a Markdown article -> StreamField blocks.

    ::: callout warning Not approved, and the FDA has warned about harm
    Markdown text, as in a section (no headings).
    :::

    ::: key-facts Key facts
    - One fact per list item.
    :::

    ::: urgent-care When to seek urgent care
    An introduction in plain text.

    - One warning sign per list item.
    :::

A callout's first word is its variant (info, warning or evidence) and the
rest of the line its optional title; the other kinds take their heading from
the line, or the block's default heading when the line has none.
"""

from ..blocks import CalloutBlock
from .markdown_source import LIST_ITEM_RE, inline_text, to_plain, to_richtext
from .source import ArticleError, Notice, fit

HEADING_MAX = 120
FACT_MAX = 250
WARNING_SIGN_MAX = 200
DEFAULT_HEADINGS = {
    "key-facts": "Key facts",
    "urgent-care": "When to seek urgent care",
}
CALLOUT_VARIANTS = [value for value, _ in CalloutBlock.VARIANTS]


def container_blocks(container, notices):
    """[block] for one container; [] (with a notice) when it holds nothing."""
    builders = {"callout": callout, "key-facts": key_facts, "urgent-care": urgent_care}
    if container.kind not in builders:
        kinds = ", ".join(builders)
        raise ArticleError(
            f"line {container.line}: unknown block “::: {container.kind}” "
            f"(use one of: {kinds})"
        )
    block = builders[container.kind](container, notices)
    if block is None:
        notices.append(
            Notice(container.line, f"“::: {container.kind}” is empty; skipped")
        )
        return []
    return [block]


def callout(container, notices):
    variant, _, title = container.argument.partition(" ")
    if variant not in CALLOUT_VARIANTS:
        raise ArticleError(
            f"line {container.line}: a callout starts with its variant "
            f"({', '.join(CALLOUT_VARIANTS)}), not “{variant}”"
        )
    text = to_richtext(container.lines)
    if not text:
        return None
    title = fit(title.strip(), HEADING_MAX, container.line, "callout title", notices)
    return _block("callout", variant=variant, title=title, text=text)


def key_facts(container, notices):
    before, items = list_items(container)
    if to_plain(before):
        raise ArticleError(
            f"line {container.line}: “::: key-facts” holds only - list items"
        )
    facts = [fit(text, FACT_MAX, number, "key fact", notices) for number, text in items]
    if not facts:
        return None
    return _block("key_facts", heading=_heading(container, notices), facts=facts)


def urgent_care(container, notices):
    before, items = list_items(container)
    signs = [
        fit(text, WARNING_SIGN_MAX, number, "warning sign", notices)
        for number, text in items
    ]
    if not signs:
        return None
    return _block(
        "urgent_care",
        heading=_heading(container, notices),
        introduction=to_plain(before),
        warning_signs=signs,
    )


def list_items(container):
    """(lines before the list, [(line number, plain text of each item)])."""
    before, items = [], []
    for line in container.lines:
        if LIST_ITEM_RE.match(line.text):
            items.append((line.number, [LIST_ITEM_RE.sub("", line.text, count=1)]))
        elif items and not line.blank:
            items[-1][1].append(line.text.strip())
        elif not items:
            before.append(line)
    return before, [(number, inline_text(" ".join(parts))) for number, parts in items]


def _heading(container, notices):
    heading = container.argument or DEFAULT_HEADINGS[container.kind]
    return fit(heading, HEADING_MAX, container.line, "heading", notices)


def _block(block_type, **value):
    return {"type": block_type, "value": value}
