"""Inquiry form under load, with the SMTP server up, down and stalled.

    .venv/bin/python bench/inquiry.py [--submissions 200] [--concurrency 4]

Builds a fresh PostgreSQL database (portal_bench_inquiry), then for each
scenario starts gunicorn and the durable-queue worker (`db_worker`) on
loopback, fetches the form N times (CSRF cookie, signed timestamp), waits out
the minimum fill time and posts N valid submissions. It prints submissions
per second and latency percentiles for each scenario, whether "down" is
within 20% of "up", and checks that every accepted submission is in the
database (and, with SMTP up, that every email arrived).

Scenarios: "up" (aiosmtpd in this process), "down" (a closed port: connection
refused) and "stalled" (a port that accepts connections and never answers;
the worker waits EMAIL_TIMEOUT). Only the worker talks SMTP, so the visitor's
request should not notice any of them. Prints figures; asserts nothing on time.
"""

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/portal_bench_inquiry"
WAIT_LIMIT_SECONDS = 120
WARM_UP = 20

sys.path.insert(0, str(ROOT))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CollectingHandler:
    def __init__(self):
        self.recipients = []

    async def handle_DATA(self, server, session, envelope):
        self.recipients.extend(envelope.rcpt_tos)
        return "250 Message accepted for delivery"


def base_env(database_url, smtp_port):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="false",
        DATABASE_URL=database_url,
        DATABASE_CONN_MAX_AGE="60",
        REDIS_URL="redis://127.0.0.1:6379/14",
        CACHE_KEY_PREFIX=f"bench-inquiry-{os.getpid()}",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_TIMEOUT="5",
        # One loopback client sends everything: lift the per-address limit.
        INQUIRY_RATE_LIMIT_PER_ADDRESS="1000000",
        INQUIRY_RATE_LIMIT_PER_EMAIL="1000000",
        INQUIRY_MIN_FILL_SECONDS="1",
        LOG_LEVEL="WARNING",
    )
    return env


def recreate_database(database_url):
    import psycopg2

    name = database_url.rsplit("/", 1)[1]
    admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
    connection = psycopg2.connect(admin_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


SETUP_SCRIPT = """
from wagtail.models import Page, Site
from home.models import HomePage
from inquiries import demo
root = Page.get_first_root_node()
for child in root.get_children():
    Site.objects.filter(root_page=child).delete()
    child.delete()
home = HomePage(title="Home", slug="home")
root.add_child(instance=home)
home.save_revision().publish()
Site.objects.create(hostname="127.0.0.1", port=80, root_page=home, is_default_site=True)
demo.build(home, print)
"""


def prepare_database(env):
    run = {"cwd": ROOT, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput"], **run)
    subprocess.run([PYTHON, "manage.py", "shell", "-c", SETUP_SCRIPT], **run)


def start_server(env, port):
    server = subprocess.Popen(
        [GUNICORN, "portal.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}"]
        + ["--log-level", "warning"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    status = None
    while time.monotonic() < deadline:
        try:
            status = requests.get(f"http://127.0.0.1:{port}/inquire/", timeout=5)
            if status.ok:
                return server
        except requests.RequestException as error:
            status = error
        time.sleep(0.5)
    stop(server)
    raise SystemExit(f"the server did not start: {status}")


def start_worker(env):
    """The durable queue's worker, as `make run` starts it."""
    return subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--backend", "durable"]
        + ["--queue-name", "*", "--interval", "0.2", "--no-reload", "-v", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(*processes):
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


FIELD = re.compile(r'name="([^"]+)"')
TOKEN = re.compile(r'name="(csrfmiddlewaretoken|inquiry_started)" value="([^"]+)"')
OPTION = re.compile(r'<option value="([^"]*)"')


def fetch_form(base_url):
    """One visitor's session: GET the form, keep its cookies and tokens."""
    session = requests.Session()
    html = session.get(f"{base_url}/inquire/", timeout=10).text
    tokens = dict(TOKEN.findall(html))
    return session, html, tokens


def form_data(html, tokens, email):
    names = FIELD.findall(html)
    by_hint = {
        "your_name": "Bench Visitor",
        "email_address": email,
        "phone_number": "",
        "treatment_of_interest": "",
        "preferred_doctor": "any",
        "your_question": "A benchmark question about a treatment.",
        "inquiry_homepage": "",
    }
    data = {name: value for name, value in by_hint.items() if name in names}
    consent = next(name for name in names if name.startswith("i_agree"))
    data[consent] = "on"
    data.update(tokens)
    return data


def post_one(base_url, visitor, email):
    session, html, tokens = visitor
    data = form_data(html, tokens, email)
    started = time.perf_counter()
    response = session.post(
        f"{base_url}/inquire/", data=data, allow_redirects=False, timeout=30
    )
    elapsed = time.perf_counter() - started
    accepted = response.status_code == 302 and response.headers.get(
        "Location", ""
    ).endswith("/inquire/thanks/")
    return elapsed, accepted, response.status_code


def warm_up(pool, base_url, name, count=None):
    """Untimed submissions: gunicorn's workers load code and templates lazily."""
    count = WARM_UP if count is None else count
    visitors = list(pool.map(lambda _: fetch_form(base_url), range(count)))
    time.sleep(1.2)
    emails = [f"warmup-{name}-{i}@example.com" for i in range(count)]
    pairs = zip(visitors, emails, strict=True)
    list(pool.map(lambda pair: post_one(base_url, *pair), pairs))


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def post_batch(pool, base_url, emails):
    """Fetch a form per email, wait the minimum fill time, post them all."""
    visitors = list(pool.map(lambda _: fetch_form(base_url), emails))
    time.sleep(1.2)  # INQUIRY_MIN_FILL_SECONDS=1
    started = time.perf_counter()
    results = list(
        pool.map(
            lambda pair: post_one(base_url, *pair),
            zip(visitors, emails, strict=True),
        )
    )
    return results, time.perf_counter() - started


def summarise(name, emails, results, wall):
    latencies = [elapsed for elapsed, _, _ in results]
    return {
        "name": name,
        "sent": len(emails),
        "accepted": sum(1 for _, ok, _ in results if ok),
        "statuses": sorted({status for _, _, status in results}),
        "rate": len(emails) / wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * percentile(latencies, 0.95),
        "emails": emails,
    }


def stored_count(emails):
    from inquiries.models import InquirySubmission

    return InquirySubmission.objects.filter(email__in=emails).count()


def wait_for_delivery(handler, expected):
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while len(handler.recipients) < expected and time.monotonic() < deadline:
        time.sleep(0.5)
    return len(handler.recipients)


def make_retries_due():
    """Stand-in for waiting out the backoff once SMTP is back."""
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--database-url", default=DEFAULT_DB)
    args = parser.parse_args()
    if not 1 <= args.submissions <= 5000 or not 1 <= args.rounds <= 20:
        raise SystemExit("--submissions 1..5000, --rounds 1..20")

    from aiosmtpd.controller import Controller

    handler = CollectingHandler()
    smtp_port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    closed_port = free_port()  # nothing listens: connection refused
    stalled = socket.socket()  # accepts into the backlog, never answers
    stalled.bind(("127.0.0.1", 0))
    stalled.listen(1024)
    scenarios = {
        "up": smtp_port,
        "down": closed_port,
        "stalled": stalled.getsockname()[1],
    }

    print(f"Preparing {args.database_url.rsplit('/', 1)[1]} …")
    recreate_database(args.database_url)
    prepare_database(base_env(args.database_url, smtp_port))
    os.environ.update(base_env(args.database_url, smtp_port))
    import django

    django.setup()
    from inquiries.tasks import queue_overdue

    # The web server gets a closed SMTP port: it must never need one.
    web_port = free_port()
    server = start_server(base_env(args.database_url, closed_port), web_port)
    base_url = f"http://127.0.0.1:{web_port}"
    per_round = max(1, args.submissions // args.rounds)
    collected = {name: ([], [], 0.0) for name in scenarios}
    worker = None
    try:
        with ThreadPoolExecutor(args.concurrency) as pool:
            warm_up(pool, base_url, "all")
            # Rounds interleave the scenarios so that load from anything else
            # on the machine falls on all of them alike.
            for round_number in range(args.rounds):
                for name, port in scenarios.items():
                    worker = start_worker(base_env(args.database_url, port))
                    emails = [
                        f"bench-{name}-{round_number}-{i}@example.com"
                        for i in range(per_round)
                    ]
                    results, wall = post_batch(pool, base_url, emails)
                    stop(worker)
                    all_emails, all_results, total_wall = collected[name]
                    collected[name] = (
                        all_emails + emails,
                        all_results + results,
                        total_wall + wall,
                    )
        # SMTP is back for everyone: the backlog must drain completely.
        worker = start_worker(base_env(args.database_url, smtp_port))
        make_retries_due()
        # As the `resend_inquiry_emails` cron job would: re-queue any email
        # whose task was lost (e.g. a worker stopped mid-send). Duplicates
        # are harmless: each attempt is claimed once.
        queue_overdue(grace_seconds=-86400)
        expected = 2 * (WARM_UP + per_round * args.rounds * len(scenarios))
        delivered = wait_for_delivery(handler, expected)
    finally:
        stop(*(p for p in (server, worker) if p is not None))
        controller.stop()
        stalled.close()

    results = [summarise(name, *collected[name]) for name in scenarios]
    for figures in results:
        figures["stored"] = stored_count(figures["emails"])
    report(args, per_round, results, delivered, expected)


def report(args, per_round, results, delivered, expected):
    print(
        f"\n{per_round * args.rounds} submissions per scenario in {args.rounds} "
        f"interleaved rounds, {args.concurrency} concurrent clients, gunicorn -w 2, "
        "PostgreSQL, Redis cache, db_worker running\n"
    )
    print(
        f"{'SMTP':<8} {'subm/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'sent':>5} {'accepted':>8} {'stored':>6}  statuses"
    )
    for r in results:
        print(
            f"{r['name']:<8} {r['rate']:8.1f} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} "
            f"{r['sent']:5d} {r['accepted']:8d} {r['stored']:6d}  {r['statuses']}"
        )
    up = results[0]
    for other in results[1:]:
        rate_gap = (other["rate"] - up["rate"]) / up["rate"]
        p95_gap = (other["p95_ms"] - up["p95_ms"]) / up["p95_ms"]
        within = abs(rate_gap) <= 0.2 and abs(p95_gap) <= 0.2
        print(
            f"SMTP {other['name']} vs up: rate {rate_gap:+.0%}, p95 {p95_gap:+.0%}: "
            f"{'within' if within else 'NOT within'} 20%"
        )
    all_stored = all(r["stored"] == r["accepted"] == r["sent"] for r in results)
    print(f"Every submission sent is in the database: {'yes' if all_stored else 'NO'}")
    print(
        f"Emails delivered once SMTP was back (incl. retries after down/stalled): "
        f"{delivered} of {expected}"
    )


if __name__ == "__main__":
    main()
