"""The claims check's speed: a whole demo article, and sentence by sentence.

    .venv/bin/python bench/claims.py [--rounds 20]

Checks each demo article as the editor's save does (title, summary, body
and the page's other reader-visible fields) and every sentence of the labelled
corpus (tests/publishing/claims_corpus), and prints median and worst times.
No database: the checker is pure functions. Prints figures; asserts nothing.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from home.demo.builder import load_articles  # noqa: E402
from publishing.claim_text import article_from_fields  # noqa: E402
from publishing.claims import check_article, check_text  # noqa: E402
from tests.publishing.claims_corpus.figures import (  # noqa: E402
    PARTS,
    context_of,
    load,
)
from treatments.blocks import TreatmentBodyBlock  # noqa: E402


def timed(function, rounds):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    articles = []
    for data in load_articles():
        body = TreatmentBodyBlock().normalize(data["body"])
        articles.append(
            article_from_fields(
                data["title"], data["summary"], data["regulatory_status"], body
            )
        )
    check_article(articles[0])  # compile the patterns once, as a worker would
    for article in articles:
        words = sum(len(unit.text.split()) for unit in article.units)
        median, worst = timed(lambda article=article: check_article(article), rounds)
        print(
            f"article {article.units[0].text[:40]!r:44} {words:5} words  "
            f"median {median * 1000:6.1f} ms  worst {worst * 1000:6.1f} ms"
        )
    rows = [row for part in PARTS for row in load(part)]
    contexts = [context_of(row) for row in rows]

    def every_sentence():
        for row, context in zip(rows, contexts, strict=True):
            check_text(row["text"], context)

    median, worst = timed(every_sentence, rounds)
    print(
        f"corpus: {len(rows)} sentences  median {median * 1000:.0f} ms "
        f"({median / len(rows) * 1e6:.0f} µs a sentence)  worst {worst * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
