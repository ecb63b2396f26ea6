"""What an article shows of its body besides the HTML, once per body content.

The reader text (`article.reader_text`), the table of contents, the reading
time and the urgent care anchor are pure functions of the body's raw data, so
this process works them out once per content and remembers them
(treatments.fragments) under the body's digest: a hash of the raw data as
saved, the one `article_body` builds its fragment key from. Another revision
has another digest. The results are shared by every render that reads them.
"""

import hashlib
import json
from dataclasses import dataclass

from .article import reader_text, reading_minutes, table_of_contents, urgent_care_anchor
from .fragments import remembered


def body_digest(raw_data):
    """sha256 of a body's raw data (a StreamValue's `raw_data`)."""
    raw = json.dumps(list(raw_data), sort_keys=True, default=str)
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class ArticleFacts:
    """Shared by every render of the body: read them, never change them."""

    article: tuple  # reader_text(body)
    toc: tuple  # table_of_contents(article)
    urgent_care_anchor: str | None
    reading_minutes: int


def work_out(body):
    article = tuple(reader_text(body))
    return ArticleFacts(
        article=article,
        toc=tuple(table_of_contents(article)),
        urgent_care_anchor=urgent_care_anchor(article),
        reading_minutes=reading_minutes(article),
    )


def article_facts(body, digest):
    """The ArticleFacts of `body` (a StreamValue), `digest` its body_digest."""
    return remembered(("article-facts", digest), lambda: work_out(body))
