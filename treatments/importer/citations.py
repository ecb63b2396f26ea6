"""`[@key]` citations in an article's prose, numbered as its References list.

A claim cites its source where it is made ("… at week 36 [@king-2022].").
The References section lists the same keys, and the page shows that section
as a numbered list, so each citation in the prose becomes "[n]", n being its
key's place in that list. A key cited in the prose but not listed there stops
the import: a number pointing at nothing is worse than no number.
"""

import re
from dataclasses import replace

from .outline import Container, is_references_heading
from .references import cited_key, reference_items
from .source import ArticleError

INLINE_KEY_RE = re.compile(r"\[@([\w.-]+)\]")


def number_citations(outline):
    """The outline with every prose `[@key]` replaced by "[n]"."""
    numbers = reference_numbers(outline)

    def renumber(lines):
        return [_renumbered(line, numbers) for line in lines]

    sections = []
    for section in outline.sections:
        if isinstance(section, Container):
            sections.append(replace(section, lines=renumber(section.lines)))
        elif is_references_heading(section.heading):
            sections.append(section)
        else:
            questions = [
                replace(question, lines=renumber(question.lines))
                for question in section.questions
            ]
            sections.append(
                replace(section, lines=renumber(section.lines), questions=questions)
            )
    return replace(outline, intro=renumber(outline.intro), sections=sections)


def reference_numbers(outline):
    """{key: its 1-based place} for the `[@key]` items of the References."""
    for section in outline.sections:
        if not isinstance(section, Container) and is_references_heading(
            section.heading
        ):
            items = reference_items(section.lines)
            return {
                key: place
                for place, (_, text) in enumerate(items, start=1)
                if (key := cited_key(text))
            }
    return {}


def _renumbered(line, numbers):
    def number(match):
        key = match.group(1)
        if key not in numbers:
            raise ArticleError(
                f"line {line.number}: “[@{key}]” is cited here but not listed "
                "under References"
            )
        return f"[{numbers[key]}]"

    text = INLINE_KEY_RE.sub(number, line.text)
    return line if text == line.text else replace(line, text=text)
