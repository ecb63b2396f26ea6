"""Markdown articles: sections at `#`/`##`, questions at `###` under a FAQ,
and `::: kind` ... `:::` containers for the blocks prose cannot express
(callouts, key facts, urgent care; see containers.py).

The Markdown package renders each section; raw HTML handling is switched off,
so HTML in the source comes out as escaped text, and the result is then
rebuilt from the allowed tags by `richtext.normalise_html`.
"""

import re

import markdown

from .outline import Container, Outline, Question, Section, is_faq_heading
from .richtext import normalise_html, plain_text
from .source import ArticleError, Line, Notice

ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LIST_ITEM_RE = re.compile(r"^( *)(?:[-*+]|\d{1,9}[.)])[ \t]+")
IMAGE_RE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK_TARGET_RE = re.compile(r"\]\(\s*<?([^\s>]+?)>?\)(?=[\s.,;:!?]|$)")
RAW_TAG_RE = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
CONTAINER_OPEN_RE = re.compile(r"^:::[ \t]*([a-z][a-z-]*)[ \t]*(.*?)[ \t]*$")
CONTAINER_CLOSE_RE = re.compile(r"^:::[ \t]*$")
SAFE_LINK_RE = re.compile(r"^(?:https?://|mailto:|tel:|/|#)", re.IGNORECASE)
SECTION_LEVEL = 2
QUESTION_LEVEL = 3


def headings(lines):
    """{index: (level, text)} of the ATX and setext headings, code fences skipped."""
    found, fence = {}, None
    for index, line in enumerate(lines):
        fence_match = FENCE_RE.match(line.text)
        if fence:
            if fence_match and fence_match.group(1)[0] == fence[0]:
                fence = None
            continue
        if fence_match:
            fence = fence_match.group(1)
            continue
        if match := ATX_RE.match(line.text):
            found[index] = (len(match.group(1)), (match.group(2) or "").strip())
        elif _is_setext_underline(lines, index) and index - 1 not in found:
            level = 1 if line.text.strip()[0] == "=" else 2
            found[index - 1] = (level, lines[index - 1].text.strip())
            found[index] = (0, "")  # the underline itself: skipped
    return found


def _is_setext_underline(lines, index):
    if index == 0 or not SETEXT_RE.match(lines[index].text):
        return False
    above = lines[index - 1]
    before_above = lines[index - 2] if index >= 2 else None
    return (
        not above.blank
        and not LIST_ITEM_RE.match(above.text)
        and (before_above is None or before_above.blank)
    )


def outline(lines):
    found = headings(lines)
    result, current, container = None, None, None
    intro = []
    for index, line in enumerate(lines):
        if container is not None:
            if CONTAINER_CLOSE_RE.match(line.text):
                container = None
            else:
                container.lines.append(line)
            continue
        level, text = found.get(index, (None, None))
        if level == 0:
            continue
        if match := CONTAINER_OPEN_RE.match(line.text):
            container = _open_container(match, line, result)
            result.sections.append(container)
            current = container
        elif level is not None and result is None:
            result = Outline(title=inline_text(text), title_line=line.number)
            result.intro = intro
        elif level is not None and level <= SECTION_LEVEL:
            current = Section(inline_text(text), line.number)
            result.sections.append(current)
        elif level == QUESTION_LEVEL and _is_faq(current):
            current.questions.append(Question(inline_text(text), line.number, []))
        elif isinstance(current, Container):
            _after_container(line, current)
        else:
            _text_target(intro, current).append(line)
    if container is not None:
        raise ArticleError(
            f"line {container.line}: “::: {container.kind}” is never closed "
            "with a ::: line"
        )
    if result is None:
        return _outline_without_headings(lines)
    return result


def _is_faq(part):
    return isinstance(part, Section) and is_faq_heading(part.heading)


def _open_container(match, line, result):
    if result is None:
        raise ArticleError(
            f"line {line.number}: a ::: block must come after the # title"
        )
    return Container(match.group(1), match.group(2), line.number)


def _after_container(line, container):
    """Only blank lines may follow a ::: block until the next heading."""
    if not line.blank:
        raise ArticleError(
            f"line {line.number}: text after the “::: {container.kind}” block "
            "needs a ## heading of its own"
        )


def _outline_without_headings(lines):
    """No heading at all: the first line is the title, as in plain text."""
    text_lines = [line for line in lines if not line.blank]
    first = text_lines[0]
    result = Outline(title=inline_text(first.text), title_line=first.number)
    result.intro = [line for line in lines if line.number > first.number]
    result.notices.append(
        Notice(first.number, "no Markdown heading found: the first line is the title")
    )
    return result


def _text_target(intro, section):
    if section is None:
        return intro
    if section.questions:
        return section.questions[-1].lines
    return section.lines


def inline_text(text):
    """Plain text of one line of Markdown (a heading, a question)."""
    return plain_text(_render(text))


def to_richtext(lines, allow_headings=False):
    return normalise_html(_render(_indent_lists(lines)), allow_headings)


def to_plain(lines):
    return plain_text(_render("\n".join(line.text for line in lines)))


def _render(source):
    converter = markdown.Markdown(extensions=["sane_lists", "fenced_code"])
    # Raw HTML is text in an article, never markup.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(source)


def _indent_lists(lines):
    """Markdown source with nested list items indented by four spaces a level.

    Editors indent sub-items by two or three spaces; the Markdown package only
    nests at four, and would otherwise flatten the list.
    """
    out, open_indents = [], []
    for line in lines:
        text = line.text
        match = LIST_ITEM_RE.match(text)
        if match:
            indent = len(match.group(1))
            while open_indents and open_indents[-1] > indent:
                open_indents.pop()
            if not open_indents or indent > open_indents[-1]:
                open_indents.append(indent)
            depth = len(open_indents) - 1
            text = " " * (4 * depth) + text.lstrip(" ")
        elif open_indents and not line.blank and text.startswith("  "):
            text = " " * (4 * len(open_indents)) + text.lstrip(" ")
        elif not line.blank:
            open_indents = []
        out.append(text)
    return "\n".join(out)


def source_notices(lines):
    """Warnings for Markdown that cannot be imported as written."""
    notices = []
    for line in lines:
        for image in IMAGE_RE.finditer(line.text):
            notices.append(
                Notice(
                    line.number,
                    f"image “{image.group(1) or 'without alt text'}” not imported: "
                    "add it in the editor as an Image block with alt text",
                )
            )
        for target in LINK_TARGET_RE.findall(IMAGE_RE.sub("", line.text)):
            if not SAFE_LINK_RE.match(target):
                notices.append(
                    Notice(line.number, f"link to “{target}” removed (not a web link)")
                )
        tags = sorted({tag.lower() for tag in RAW_TAG_RE.findall(line.text)})
        if tags:
            shown = ", ".join(f"<{tag}>" for tag in tags)
            notices.append(
                Notice(line.number, f"HTML ({shown}) is not imported; kept as text")
            )
        if TABLE_RULE_RE.match(line.text):
            notices.append(
                Notice(
                    line.number,
                    "Markdown table kept as text: rebuild it as a Table block",
                )
            )
    return notices


def strip_images(lines):
    return [Line(line.number, IMAGE_RE.sub("", line.text)) for line in lines]
