"""Search at size: index build time, search and suggest latency, SQL per request.

    .venv/bin/python bench/search.py [--pages 10000] [--runs 5] [--keep]

Creates a fresh PostgreSQL database (portal_bench_search; dropped again unless
--keep), migrates it, loads the demo, then seeds N treatment pages in bulk with
text assembled from the demo articles' own sentences, headings and titles. It
times `update_index` (the index build) and the spelling vocabulary build, runs
VACUUM ANALYZE, then runs 20 representative searches and 12 suggest prefixes
through the Django test client, `--runs` times each after one warm-up (so the
ranked ids come from the cache, as for any repeated query), then once each
right after a page is published (the first time a query is asked since a
change: match and rank in PostgreSQL) and once each with an empty cache (as
after a cache server restart: settings and site paths are read again too). Prints
p50/p95/p99 and the SQL queries per request; asserts nothing on time.
"""

import argparse
import io
import itertools
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = "postgres://postgres@127.0.0.1:5432"
DB_NAME = "portal_bench_search"
BATCH = 1000

sys.path.insert(0, str(ROOT))

SEARCHES = [
    "minoxidil",
    "minoxidill",
    "finastride",
    "exosome hair",
    "balding",
    "platelet rich plasma",
    "PRP",
    "hair transplants",
    "laser cap",
    "microneedle",
    "alopecia areata",
    "thinning hair women",
    "hair loss",
    "scalp injections side effects",
    "stem cells knee",
    "evidence",
    "foam",
    "dermaroller",
    "what does the research show about hair regrowth",
    "qwertyzzz",
]
SUGGESTS = ["mi", "min", "fin", "plat", "exo", "hair", "micro", "las", "alo", "ster",
            "tran", "baric"]  # fmt: skip


def run(*command):
    subprocess.run(command, check=True, capture_output=True)


def fresh_database(name):
    run("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name)
    run("createdb", "-h", "127.0.0.1", "-U", "postgres", name)


def setup_django(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    import django

    django.setup()


# Seeding -------------------------------------------------------------------


def article_text():
    """Per demo article: its sentences and headings, plus title words.

    Each seeded page draws most of its text from one article, as a real
    article keeps to its topic, so a word like "minoxidil" matches the pages
    about it and a few others rather than nearly every page.
    """
    import re

    from home.demo.builder import load_articles
    from search.highlight import stream_text

    topics, words = [], set()
    for article in load_articles():
        raw = [{"type": kind, "value": value} for kind, value in article["body"]]
        sentences, headings = [], []
        for text in [article["summary"], *stream_text(raw)]:
            parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text)]
            sentences += [s for s in parts if len(s) > 40]
            if len(text) < 60:
                headings.append(text)
        topics.append({"sentences": sentences, "headings": headings or ["About"]})
        words |= set(re.findall(r"[A-Za-z]{5,}", article["title"]))
        words |= set(re.findall(r"[a-z]{7,}", article["summary"]))
    return topics, sorted(words)


def fake_text(rng, topics, count):
    """`count` sentences: most from one topic, one in five from any other."""
    topic = rng.choice(topics)
    sentences = []
    for _ in range(count):
        source = topic if rng.random() < 0.8 else rng.choice(topics)
        sentences.append(rng.choice(source["sentences"]))
    return topic, sentences


def fake_body(rng, topics):
    topic, sentences = fake_text(rng, topics, 16)
    return [
        (
            "section",
            {
                "heading": rng.choice(topic["headings"])[:120],
                "content": "<p>" + " ".join(sentences[i : i + 4]) + "</p>",
            },
        )
        for i in range(0, 16, 4)
    ]


def seed(count, seed_value=4):
    """Insert `count` live TreatmentPages under the demo index, in batches."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import Page

    from treatments.models import Condition, Doctor, TreatmentIndexPage, TreatmentPage

    rng = random.Random(seed_value)
    topics, words = article_text()
    index = TreatmentIndexPage.objects.get()
    conditions = list(Condition.objects.all())
    doctor = Doctor.objects.first()
    content_type = ContentType.objects.get_for_model(TreatmentPage)
    start = index.numchild
    now = timezone.now()
    Through = TreatmentPage.conditions.through
    child_fields = TreatmentPage._meta.local_concrete_fields
    for offset in range(0, count, BATCH):
        size = min(BATCH, count - offset)
        with transaction.atomic():
            pages, details = [], []
            for n in range(start + offset + 1, start + offset + size + 1):
                title = f"{rng.choice(words).capitalize()} {rng.choice(words)} {n}"
                slug = f"bench-{n}"
                fields = {
                    "title": title,
                    "draft_title": title,
                    "slug": slug,
                    "path": Page._get_path(index.path, index.depth + 1, n),
                    "depth": index.depth + 1,
                    "numchild": 0,
                    "url_path": f"{index.url_path}{slug}/",
                    "content_type": content_type,
                    "live": True,
                    "first_published_at": now,
                    "last_published_at": now,
                    "locale_id": index.locale_id,
                    "translation_key": uuid.uuid4(),
                }
                pages.append(Page(**fields))
                details.append(
                    TreatmentPage(
                        **fields,
                        summary=" ".join(fake_text(rng, topics, 2)[1])[:400],
                        evidence_level=rng.choice(["established", "emerging",
                                                   "experimental"]),
                        regulatory_status="off_label",
                        medical_reviewer=doctor,
                        body=fake_body(rng, topics),
                    )
                )  # fmt: skip
            Page.objects.bulk_create(pages)
            for page, detail in zip(pages, details, strict=True):
                detail.page_ptr_id = detail.id = page.id
            TreatmentPage._base_manager._insert(details, fields=child_fields)
            Through.objects.bulk_create(
                Through(treatmentpage_id=page.id, condition=rng.choice(conditions))
                for page in pages
            )
    Page.objects.filter(pk=index.pk).update(numchild=start + count)


# Measuring -------------------------------------------------------------------


def percentiles(samples):
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100, method="inclusive")
    return {"p50": cut[49], "p95": cut[94], "p99": cut[98]}


def measure(client, url, queries, runs):
    """Latency percentiles over `runs` rounds after a warm-up round, and the
    SQL queries per request: cold (the warm-up) and warm (the first round)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings, sql_cold, sql_warm = [], {}, {}
    for round_number in range(runs + 1):
        for query in queries:
            with CaptureQueriesContext(connection) as captured:
                began = time.perf_counter()
                response = client.get(url, {"q": query})
                elapsed = (time.perf_counter() - began) * 1000
            assert response.status_code == 200, (query, response.status_code)
            if round_number == 0:
                sql_cold[query] = len(captured.captured_queries)
                continue
            if round_number == 1:
                sql_warm[query] = len(captured.captured_queries)
            timings.append(elapsed)
    return percentiles(timings), {"cold": sql_cold, "warm": sql_warm}


def measure_cold(client, url, queries):
    """One request per query with an empty cache: the FTS match and rank run."""
    from django.core.cache import cache

    timings = []
    for query in queries:
        cache.clear()
        began = time.perf_counter()
        client.get(url, {"q": query})
        timings.append((time.perf_counter() - began) * 1000)
    return {**percentiles(timings), "max": max(timings)}


def measure_after_publish(client, url, queries):
    """One request per query, each right after a page is published: the
    first time the query is asked since a change (the publish replaces the
    content version, so no cached ranking applies; the publish itself is
    not timed)."""
    from treatments.models import TreatmentPage

    # The demo articles: complete, so they pass validation (bench pages
    # leave out the review dates).
    articles = itertools.cycle(TreatmentPage.objects.exclude(slug__startswith="bench-"))
    timings = []
    for query in queries:
        next(articles).save_revision().publish()
        began = time.perf_counter()
        client.get(url, {"q": query})
        timings.append((time.perf_counter() - began) * 1000)
    return {**percentiles(timings), "max": max(timings)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", default=DB_NAME)
    parser.add_argument("--keep", action="store_true", help="keep the database")
    args = parser.parse_args()

    fresh_database(args.database)
    setup_django(f"{SERVER}/{args.database}")
    from django.core.management import call_command
    from django.test import Client

    try:
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=io.StringIO())
        began = time.perf_counter()
        seed(args.pages)
        seeded = time.perf_counter() - began
        began = time.perf_counter()
        call_command("update_index", stdout=io.StringIO())
        indexed = time.perf_counter() - began
        # Publishing replaces the content version and rebuilds the spelling
        # vocabulary after commit; the bulk seed bypasses publishing, so both
        # happen here, as part of the index build.
        from search.caching import bump_content_version
        from search.vocabulary import refresh_vocabularies

        bump_content_version()
        began = time.perf_counter()
        refresh_vocabularies()
        vocabulary_built = time.perf_counter() - began
        from django.db import connection

        with connection.cursor() as cursor:
            # What autovacuum does within a minute of a bulk build: clears the
            # rows the build replaced and the GIN indexes' pending lists.
            cursor.execute("VACUUM ANALYZE")

        client = Client()
        search, search_sql = measure(client, "/search/", SEARCHES, args.runs)
        suggest, suggest_sql = measure(client, "/search/suggest/", SUGGESTS, args.runs)
        search_cold = measure_cold(client, "/search/", SEARCHES)
        suggest_cold = measure_cold(client, "/search/suggest/", SUGGESTS)
        search_published = measure_after_publish(client, "/search/", SEARCHES)
        suggest_published = measure_after_publish(client, "/search/suggest/", SUGGESTS)
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            run("dropdb", "-h", "127.0.0.1", "-U", "postgres", args.database)

    print(f"pages seeded: {args.pages} in {seeded:.1f} s")
    print(f"index build (update_index): {indexed:.1f} s")
    print(f"spelling vocabulary build: {vocabulary_built * 1000:.0f} ms")
    for name, figures in (
        ("search (cached ranking)", search),
        ("suggest (cached)", suggest),
        ("search, first after a publish", search_published),
        ("suggest, first after a publish", suggest_published),
        ("search, empty cache", search_cold),
        ("suggest, empty cache", suggest_cold),
    ):
        line = ", ".join(f"{k} {v:.1f} ms" for k, v in figures.items())
        print(f"{name}: {line}")
    for name, sql in (("search", search_sql), ("suggest", suggest_sql)):
        for state in ("cold", "warm"):
            counts = sorted(set(sql[state].values()))
            print(f"SQL per {name} request, {state}: {counts}")


if __name__ == "__main__":
    main()
