"""Numbered citations in a rendered article: each "[n]" links to reference n.

The importer writes a `[@key]` citation as "[n]", n being the key's place in
the article's References list (importer/citations.py), so the stored text
stays plain and readable in the editor. At render time the article's HTML is
read once: every "[n]" outside a link becomes a link to `#ref-n` (the
reference's list item), the first one for each n also gets `id="cite-n"`, and
each reference's `<!--citation-back:n-->` placeholder becomes a link back to
that first citation, or nothing if the text never cites it. Only numbers the
References list has are linked. Pure functions on strings: no queries.
"""

import re

PARTS = re.compile(r"(<[^>]*>)")  # a tag or comment, kept whole by split()
LINK_OPEN = re.compile(r"<a[\s>]", re.IGNORECASE)
LINK_CLOSE = re.compile(r"</a\s*>", re.IGNORECASE)
MARKER = re.compile(r"\[(\d{1,3})\]")
BACK = re.compile(r"<!--citation-back:(\d+)-->")


def link_citations(html):
    """`html` with its citation markers and back links linked (see above)."""
    listed = {int(number) for number in BACK.findall(html)}
    cited = []
    parts, in_link = [], False
    for part in PARTS.split(html):
        if part.startswith("<"):
            if LINK_OPEN.match(part):
                in_link = True
            elif LINK_CLOSE.match(part):
                in_link = False
        elif not in_link:
            part = MARKER.sub(lambda match: marker(match, listed, cited), part)
        parts.append(part)
    return BACK.sub(lambda match: back_link(int(match[1]), cited), "".join(parts))


def marker(match, listed, cited):
    number = int(match[1])
    if number not in listed:
        return match[0]
    first = number not in cited
    if first:
        cited.append(number)
    # Lean markup (an article has dozens): site.css styles a[href^="#ref-"].
    anchor = f' id="cite-{number}"' if first else ""
    return f'<a href="#ref-{number}"{anchor}>[{number}]</a>'


def back_link(number, cited):
    if number not in cited:
        return ""
    return f'<a class="reference__back" href="#cite-{number}">Back to text</a>'
