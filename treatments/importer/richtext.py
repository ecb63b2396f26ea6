"""Rich text in Wagtail's storage format, and nothing else.

Whatever produced the HTML (our plain-text reader or the Markdown package),
it passes through `normalise_html`, which rebuilds it from the few tags the
article's rich text fields allow: <p>, <h3>/<h4> (sections only), <ul>/<ol>
<li>, <b>, <i>, <a href> and <br/>. Text is always escaped, so HTML written in
the source shows as text and never reaches a reader's browser as markup.
"""

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

URL_RE = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"'‹›«»]+", re.IGNORECASE)
URL_TRAILING = ".,;:!?'\"’”"
SAFE_HREF_RE = re.compile(r"^(?:https?://|mailto:|tel:|/|#)", re.IGNORECASE)
WHITESPACE_RE = re.compile(r"\s+")

INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i"}
VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "wbr"}
BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "div",
    "hr",
    "table",
}


@dataclass
class Element:
    tag: str
    attrs: dict = field(default_factory=dict)
    children: list = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(html):
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def normalise_html(html, allow_headings=False):
    """The same content in the allowed tags, every text escaped."""
    return "".join(_blocks(parse_html(html).children, allow_headings))


def plain_text(html):
    """Reader-visible text of some HTML, whitespace collapsed."""
    return _collapse(_text_of(parse_html(html)))


def text_to_html(text):
    """Plain text as escaped inline HTML, bare web addresses linked."""
    parts, position = [], 0
    for match in URL_RE.finditer(text):
        url = _trim_url(match.group())
        end = match.start() + len(url)
        parts.append(escape(text[position : match.start()], quote=False))
        href = url if "://" in url else f"https://{url}"
        parts.append(f'<a href="{escape(href)}">{escape(url, quote=False)}</a>')
        position = end
    parts.append(escape(text[position:], quote=False))
    return "".join(parts)


def paragraph(inline_html):
    inline_html = inline_html.strip()
    return f"<p>{inline_html}</p>" if inline_html else ""


def _trim_url(url):
    """The address without the punctuation of the sentence around it."""
    while url and (
        url[-1] in URL_TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))
    ):
        url = url[:-1]
    return url


def _collapse(text):
    return WHITESPACE_RE.sub(" ", text).strip()


def _text_of(node):
    if isinstance(node, str):
        return node
    if node.tag == "br":
        return " "
    text = "".join(_text_of(child) for child in node.children)
    # Blocks are separate words, however the source was laid out.
    return f" {text} " if node.tag in BLOCK_TAGS else text


def _blocks(nodes, allow_headings):
    """Block-level HTML for a run of nodes; stray inline content gets a <p>."""
    out, loose = [], []
    for node in nodes:
        if isinstance(node, str) or node.tag not in BLOCK_TAGS:
            loose.append(node)
            continue
        out.append(paragraph(_inline(loose)))
        loose = []
        out.append(_block(node, allow_headings))
    out.append(paragraph(_inline(loose)))
    return [html for html in out if html]


def _block(node, allow_headings):
    tag = node.tag
    if tag == "p":
        return paragraph(_inline(node.children))
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        text = _inline(node.children).strip()
        if not text:
            return ""
        if allow_headings:
            level = "h3" if tag in {"h1", "h2", "h3"} else "h4"
            return f"<{level}>{text}</{level}>"
        return f"<p><b>{text}</b></p>"
    if tag in {"ul", "ol"}:
        return _list(node, allow_headings)
    if tag == "li":
        return _list(Element("ul", children=[node]), allow_headings)
    if tag == "pre":
        code = "".join(_text_of(child) for child in node.children)
        lines = code.strip("\n").split("\n")
        return paragraph("<br/>".join(escape(line, quote=False) for line in lines))
    if tag == "hr":
        return ""
    # blockquote, div, table: keep what they hold, not their box.
    return "".join(_blocks(node.children, allow_headings))


def _list(node, allow_headings):
    items = []
    for child in node.children:
        if isinstance(child, Element) and child.tag == "li":
            if item := _list_item(child, allow_headings):
                items.append(item)
    if not items:
        return ""
    tag = "ol" if node.tag == "ol" else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>"


def _list_item(node, allow_headings):
    """<li> content: inline text, paragraphs joined by line breaks, sub-lists."""
    lines, sublists, loose = [], [], []
    for child in node.children:
        if isinstance(child, Element) and child.tag in {"ul", "ol"}:
            sublists.append(_list(child, allow_headings))
        elif isinstance(child, Element) and child.tag in BLOCK_TAGS:
            lines.append(_inline(loose))
            loose = []
            lines.append(_inline(child.children))
        else:
            loose.append(child)
    lines.append(_inline(loose))
    text = "<br/>".join(line for line in (line.strip() for line in lines) if line)
    if not text and not any(sublists):
        return ""
    return f"<li>{text}{''.join(sublists)}</li>"


def _inline(nodes, in_link=False):
    html = "".join(_inline_node(node, in_link) for node in nodes)
    return re.sub(r"\s*<br/>\s*", "<br/>", html)


def _inline_node(node, in_link):
    if isinstance(node, str):
        text = WHITESPACE_RE.sub(" ", node)
        return escape(text, quote=False) if in_link else text_to_html(text)
    tag = node.tag
    if tag == "br":
        return "<br/>"
    if tag in {"img", "hr"}:
        return ""
    inner = _inline(node.children, in_link or tag == "a")
    if tag in INLINE_TAGS:
        wrapper = INLINE_TAGS[tag]
        return f"<{wrapper}>{inner}</{wrapper}>" if inner.strip() else inner
    if tag == "a":
        href = (node.attrs.get("href") or "").strip()
        if in_link or not SAFE_HREF_RE.match(href) or not inner.strip():
            return inner
        return f'<a href="{escape(href)}">{inner}</a>'
    return inner
