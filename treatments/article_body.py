"""An article's body rendered once per content, cached, never stale.

The body's HTML (its citations linked) depends on its blocks (raw data and
the block templates and code that render them) and on the URLs of the pages
its rich text links to. The cache key is a hash of exactly these: the raw
data as saved, the link URLs read afresh on every render (one query,
`rich_text_links`), and a version of the rendering code (the block
templates, `blocks.py` and `citations.py`, hashed when the process starts).
A new revision, an edited block, a moved, renamed or deleted linked page, or
a deployed template change gives a new key, so a stale fragment is never
served; old entries expire on their own.

Bodies with blocks that show other rows (images and their renditions, video
embeds, embeds or document links inside rich text) are rendered every time:
their HTML depends on more than the key could name cheaply.
"""

import hashlib
import json
from pathlib import Path

import wagtail
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe

from . import blocks, citations
from .article import sections_with_anchors
from .article_facts import body_digest
from .rich_text_links import known_page_urls, linked_page_ids, page_urls

# Long enough to serve a popular article all day; a new key replaces it anyway.
FRAGMENT_TTL = 24 * 60 * 60
UNCACHEABLE_BLOCKS = {"image", "video"}
UNCACHEABLE_RICH_TEXT = ("<embed", 'linktype="document"')


def code_version():
    """A hash of what renders a body besides its data."""
    digest = hashlib.sha256(wagtail.__version__.encode())
    digest.update(Path(blocks.__file__).read_bytes())
    digest.update(Path(citations.__file__).read_bytes())
    for template in sorted((Path(settings.BASE_DIR) / "templates/blocks").glob("*")):
        digest.update(template.name.encode() + template.read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = code_version()


def rich_text_sources(article):
    return [piece.html for text in article for piece in text.pieces if piece.html]


def cacheable(article, sources):
    if any(text.block_type in UNCACHEABLE_BLOCKS for text in article):
        return False
    return not any(
        marker in source for source in sources for marker in UNCACHEABLE_RICH_TEXT
    )


def fragment_key(raw_data, urls, raw_digest=None):
    """`raw_digest`: the raw data's body_digest, when the caller has it."""
    digest = hashlib.sha256(CODE_VERSION.encode())
    digest.update((raw_digest or body_digest(raw_data)).encode())
    digest.update(json.dumps(urls, sort_keys=True).encode())
    return f"treatments:body:{digest.hexdigest()}"


def render_blocks(body, article, context):
    """What `{% for block, anchor in … %}{% include_block block with anchor=anchor %}`
    gives: block templates see `block` (the stream child: its id) and `anchor`;
    then its "[n]" citations linked (treatments.citations), in one pass over
    the whole body, so the cached fragment has them linked already."""
    parent = context.flatten()
    return citations.link_citations(
        "\n".join(
            block.render_as_block(context={**parent, "block": block, "anchor": anchor})
            for block, anchor in sections_with_anchors(body, article)
        )
    )


def render_body(body, article, context, raw_digest=None):
    """The body's HTML; `article` is its `reader_text`, `context` the page's
    template context (blocks see it as `include_block` would show it),
    `raw_digest` its body_digest if known."""
    sources = rich_text_sources(article)
    urls = page_urls(linked_page_ids(sources))
    cached = cacheable(article, sources)
    key = fragment_key(body.raw_data, urls, raw_digest) if cached else None
    html = cache.get(key) if key else None
    if html is None:
        with known_page_urls(urls):
            html = render_blocks(body, article, context)
        if key:
            cache.set(key, html, FRAGMENT_TTL)
    return mark_safe(html)
