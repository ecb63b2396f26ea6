"""The claims check's speed: a whole demo article, and sentence by sentence.

    .venv/bin/python bench/claims.py [--rounds 20]
    .venv/bin/python bench/claims.py --tsv PATH [--tsv PATH ...]

Checks each demo article as the editor's save does (title, summary, body
and the page's other reader-visible fields) and every sentence of the labelled
corpus (tests/publishing/claims_corpus), and prints median and worst times.
With --tsv, times nothing: prints risky and honest sentences flagged, per
family and in all, for each TSV file in the corpus's format (any file, for
example a set the checker has never seen). Prints only figures, never the
sentences. No database: the checker is pure functions. Asserts nothing.
"""

import argparse
import statistics
import time

import offline_django  # noqa: F401  (the project and Django, set up)

from home.demo.builder import load_articles
from publishing.claim_text import article_from_fields
from publishing.claims import check_article, check_text
from tests.publishing.claims_corpus.figures import (
    PARTS,
    context_of,
    figures,
    load,
    load_path,
)
from treatments.blocks import TreatmentBodyBlock


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
    parser.add_argument("--tsv", action="append", default=[], metavar="PATH")
    arguments = parser.parse_args()
    if arguments.tsv:
        for path in arguments.tsv:
            print_figures(path)
        return
    rounds = arguments.rounds
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


def print_figures(path):
    found = figures(load_path(path))
    print(f"{path}\nfamily\trisky flagged\thonest flagged")
    for family in sorted(found, key=lambda family: (family == "all", family)):
        risky_hit, risky, honest_hit, honest = found[family]
        print(f"{family}\t{share(risky_hit, risky)}\t{share(honest_hit, honest)}")


def share(hit, total):
    return f"{hit}/{total} ({100 * hit / total:.1f}%)" if total else "-"


if __name__ == "__main__":
    main()
