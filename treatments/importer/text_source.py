"""Plain-text articles: headings guessed from the shape of the lines.

The first line is the title. A heading is a short line on its own, without a
closing full stop (a question counts), followed by a paragraph; or any line
underlined with === or ---. Lines starting with -, *, • or 1. are list items.
"""

import re

from .outline import Outline, Question, Section, is_faq_heading, split_blocks
from .richtext import paragraph, text_to_html
from .source import Line

HEADING_MAX_CHARS = 80
HEADING_MAX_WORDS = 12
LIST_ITEM_RE = re.compile(r"^\s*(?:([-*+•–])|(\d{1,3})[.)])\s+(\S.*)$")
UNDERLINE_RE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
UNDERLINED_MAX_CHARS = 120
URL_START_RE = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
NOT_HEADING_ENDINGS = (".", ",", ";", ":", "!", "…")


def looks_like_heading(text):
    """A short, capitalised line that does not end like a sentence."""
    text = text.strip()
    return (
        0 < len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and not text.endswith(NOT_HEADING_ENDINGS)
        and not text[0].islower()
        and any(char.isalpha() for char in text)
        and not LIST_ITEM_RE.match(text)
        and not URL_START_RE.match(text)
    )


def is_underlined(block):
    """A heading line with === or --- under it (not a long line over a rule)."""
    return (
        len(block) == 2
        and bool(UNDERLINE_RE.match(block[1].text))
        and len(block[0].text.strip()) <= UNDERLINED_MAX_CHARS
    )


def heading_flags(blocks):
    """For each block, whether it is a heading.

    A candidate line counts only when a paragraph follows it; the one
    exception is a FAQ heading directly followed by its first question.
    """
    flags = [False] * len(blocks)
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if is_underlined(block):
            flags[index] = True
            continue
        if len(block) != 1 or not looks_like_heading(block[0].text):
            continue
        if index + 1 >= len(blocks):
            continue
        following = blocks[index + 1]
        following_is_candidate = len(following) == 1 and looks_like_heading(
            following[0].text
        )
        flags[index] = not following_is_candidate or (
            flags[index + 1]
            and is_faq_heading(block[0].text)
            and following[0].text.strip().endswith("?")
        )
    return flags


def outline(lines):
    blocks = split_blocks(lines)
    first = blocks[0]
    title_line = first[0]
    rest = first[2:] if is_underlined(first) else first[1:]
    blocks = ([rest] if rest else []) + blocks[1:]
    result = Outline(title=title_line.text.strip(), title_line=title_line.number)
    current = None
    for block, is_heading in zip(blocks, heading_flags(blocks), strict=True):
        text = block[0].text.strip()
        if not is_heading:
            _text_target(result, current).extend([*block, Line(block[-1].number, "")])
        elif current and is_faq_heading(current.heading) and text.endswith("?"):
            current.questions.append(Question(text, block[0].number, []))
        else:
            current = Section(text, block[0].number)
            result.sections.append(current)
    return result


def _text_target(result, section):
    """Where a paragraph belongs: the intro, a section or a FAQ answer."""
    if section is None:
        return result.intro
    if section.questions:
        return section.questions[-1].lines
    return section.lines


def to_richtext(lines, allow_headings=False):
    """Paragraphs and lists of plain text as rich text HTML."""
    return "".join(_block_html(block) for block in split_blocks(lines))


def to_plain(lines):
    return " ".join(" ".join(line.text.split()) for line in lines if not line.blank)


def _block_html(block):
    html, paragraph_lines, items, ordered = [], [], [], False
    for line in block:
        match = LIST_ITEM_RE.match(line.text)
        if match:
            if paragraph_lines:
                html.append(paragraph(text_to_html(" ".join(paragraph_lines))))
                paragraph_lines = []
            if not items:
                ordered = match.group(2) is not None
            items.append(_words(match.group(3)))
        elif items:
            items[-1] = f"{items[-1]} {_words(line.text)}"
        else:
            paragraph_lines.append(_words(line.text))
    if paragraph_lines:
        html.append(paragraph(text_to_html(" ".join(paragraph_lines))))
    if items:
        tag = "ol" if ordered else "ul"
        lis = "".join(f"<li>{text_to_html(item)}</li>" for item in items)
        html.append(f"<{tag}>{lis}</{tag}>")
    return "".join(html)


def _words(text):
    return " ".join(text.split())
