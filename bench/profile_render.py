"""Profile one uncached page render in-process: queries, milliseconds, pyinstrument.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
    REDIS_URL=redis://127.0.0.1:6379/9 \\
      deploy/serve-prod.sh exec .venv/bin/python bench/profile_render.py \\
      [--url /treatments/exosomes-for-hair-restoration/] [--renders 200]

Runs under whatever settings the environment names (`serve-prod.sh exec` gives
the production ones) with the page cache off (`PAGE_CACHE=off`), against a
database with the demo content loaded. The request goes through Django's whole
handler (middleware, routing, templates) as an anonymous reader, like a
gunicorn request without the socket. Prints the queries of one warm render,
the milliseconds per render (median and mean over `--renders`) and the
profile's top entries, by total and by own time. Asserts nothing.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["PAGE_CACHE"] = "off"

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from pyinstrument import Profiler  # noqa: E402
from pyinstrument.renderers import ConsoleRenderer  # noqa: E402

ARTICLE = "/treatments/exosomes-for-hair-restoration/"


def fetch(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return response


def show_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    print(f"queries on a warm render: {len(captured.captured_queries)}")
    for query in captured.captured_queries:
        print(f"  {query['sql'][:150]}")


def time_renders(client, url, renders):
    """Wall-clock and this process's CPU milliseconds per render. On a shared
    machine the wall clock carries everyone's load; the CPU time is what the
    render itself costs here (PostgreSQL's and Redis's share not included)."""
    wall, cpu = [], []
    for _ in range(renders):
        start, start_cpu = time.perf_counter(), time.process_time()
        fetch(client, url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    for name, times in (("wall", wall), ("CPU", cpu)):
        print(
            f"{name} ms per render over {renders}: median "
            f"{statistics.median(times):.2f}, mean {statistics.mean(times):.2f}, "
            f"best {min(times):.2f}"
        )


def profile_renders(client, url, renders):
    profiler = Profiler(interval=0.0002)
    with profiler:
        for _ in range(renders):
            fetch(client, url)
    session = profiler.last_session
    print(
        ConsoleRenderer(
            unicode=False, color=False, time="percent_of_total", show_all=False
        ).render(session)
    )
    print("By own time (flat):")
    flat = ConsoleRenderer(
        unicode=False, color=False, flat=True, time="percent_of_total"
    ).render(session)
    print("\n".join(flat.splitlines()[:40]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=ARTICLE)
    parser.add_argument("--renders", type=int, default=200)
    parser.add_argument("--host", default="localhost")
    args = parser.parse_args()
    client = Client(HTTP_HOST=args.host)
    for _ in range(5):  # warm: site-root paths, compiled templates, caches
        fetch(client, args.url)
    show_queries(client, args.url)
    time_renders(client, args.url, args.renders)
    profile_renders(client, args.url, args.renders)


if __name__ == "__main__":
    main()
