"""The shape of an article before it becomes blocks: title, intro, sections.

Both readers (Markdown and plain text) produce an Outline; turning it into
StreamField blocks is then the same for both.
"""

import re
from dataclasses import dataclass, field

FAQ_HEADINGS = {"frequently asked questions", "faq", "faqs"}
REFERENCE_HEADINGS = {"references", "sources", "bibliography"}


@dataclass
class Question:
    text: str
    line: int
    lines: list


@dataclass
class Section:
    heading: str
    line: int
    lines: list = field(default_factory=list)
    questions: list = field(default_factory=list)


@dataclass
class Container:
    """A `::: kind argument` ... `:::` block: a callout, key facts, urgent care."""

    kind: str
    argument: str
    line: int
    lines: list = field(default_factory=list)


@dataclass
class Outline:
    title: str
    title_line: int
    intro: list = field(default_factory=list)
    # Sections and Containers, in the order of the file.
    sections: list = field(default_factory=list)
    notices: list = field(default_factory=list)


def heading_key(heading):
    """'Frequently Asked Questions:' -> 'frequently asked questions'."""
    return re.sub(r"[^\w\s]", "", heading).strip().casefold()


def is_faq_heading(heading):
    return heading_key(heading) in FAQ_HEADINGS


def is_references_heading(heading):
    return heading_key(heading) in REFERENCE_HEADINGS


def split_blocks(lines):
    """Runs of non-blank lines, as lists of Line."""
    blocks, current = [], []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks
