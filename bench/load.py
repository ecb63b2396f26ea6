"""Drive the load run of `bench/load.sh` and print its report.

Runs in the stack's environment (`deploy/serve-prod.sh exec`), so it reads the
same database as the app servers: it counts the inquiries acknowledged against
those stored, and the emails due against those sent once the worker caught up.
Memory is the resident set of every gunicorn worker and of the email worker,
read from /proc after a warm-up and again at the end.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN_DIR = Path(os.environ["RUN_DIR"])


def child_pids(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def pid_of(name):
    return int((RUN_DIR / f"{name}.pid").read_text())


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def worker_processes():
    """{label: pid} of every gunicorn worker (both servers) and the email worker."""
    processes = {}
    for server in ("app1", "app2"):
        for number, pid in enumerate(sorted(child_pids(pid_of(server))), 1):
            processes[f"{server} worker {number}"] = pid
    processes["email worker"] = pid_of("worker")
    return processes


def memory(processes):
    return {label: rss_kib(pid) for label, pid in processes.items()}


def warm_up(host, seconds):
    """Every page of the sitemap, searches and suggest, round and round, sent
    to each app server directly (the HTTP cache would answer most of them).

    Each worker process fills its own caches (templates, URL resolvers, the
    site's settings) on first use: the memory measured after this is what the
    run adds, not what a cold start costs.
    """
    import re
    import urllib.request

    with urllib.request.urlopen(host + "/sitemap.xml", timeout=10) as response:
        pages = re.findall(
            r"<loc>https?://[^/]+([^<]*)</loc>", response.read().decode()
        )
    paths = pages + [
        "/search/?q=minoxidil",
        "/search/?q=volcano",
        "/search/suggest/?q=min",
    ]
    servers = [
        f"http://127.0.0.1:{os.environ[name]}" for name in ("APP1_PORT", "APP2_PORT")
    ]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for server in servers:
            for path in paths:
                with urllib.request.urlopen(server + path, timeout=10) as response:
                    response.read()


def seconds(duration):
    """'5m', '90s' or '1h' (locust's --run-time) in seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    return (
        float(duration[:-1]) * units[duration[-1]]
        if duration[-1] in units
        else float(duration)
    )


def run_locust(host, args):
    prefix = RUN_DIR / "locust"
    length = seconds(args.duration)
    env = dict(
        os.environ,
        LOAD_STATUS_FILE=str(RUN_DIR / "statuses.json"),
        # The hostile burst falls in the middle of the run, amid the rest.
        LOAD_BURST_START=str(length * 0.4),
        LOAD_BURST_SECONDS=str(min(30.0, length * 0.1)),
    )
    command = [
        str(ROOT / ".venv/bin/locust"),
        "-f",
        str(ROOT / "bench/locustfile.py"),
        "--headless",
        "--host",
        host,
        "--users",
        str(args.users),
        "--spawn-rate",
        str(args.users),
        "--run-time",
        args.duration,
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    subprocess.run(command, env=env, check=False, cwd=ROOT)
    with open(f"{prefix}_stats.csv") as stats:
        rows = list(csv.DictReader(stats))
    statuses = json.loads((RUN_DIR / "statuses.json").read_text())
    return rows, statuses


def outbox_figures(acknowledged, drain_seconds):
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from inquiries.models import InquiryNotification, InquirySubmission

    deadline = time.monotonic() + drain_seconds
    pending = InquiryNotification.objects.filter(sent_at__isnull=True)
    while pending.exists() and time.monotonic() < deadline:
        time.sleep(1)
    return {
        "acknowledged": acknowledged,
        "stored": InquirySubmission.objects.count(),
        "emails due": InquiryNotification.objects.count(),
        "emails sent": InquiryNotification.objects.filter(
            sent_at__isnull=False
        ).count(),
    }


def print_report(rows, statuses, before, after, outbox):
    print("\n== requests")
    print(
        f"{'name':<20} {'requests':>9} {'req/s':>8} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}  statuses"
    )
    for row in rows:
        name = row["Name"]
        codes = statuses.get(name, {}) if name != "Aggregated" else merged(statuses)
        print(
            f"{name:<20} {sum(codes.values()):>9} {float(row['Requests/s']):>8.1f} "
            f"{row['50%']:>7} {row['95%']:>7} {row['99%']:>7}  "
            + " ".join(f"{code}:{count}" for code, count in sorted(codes.items()))
        )
    server_errors = sum(
        count
        for code, count in merged(statuses).items()
        if int(code) >= 500 or int(code) == 0
    )
    print(f"\n5xx or no answer: {server_errors}")
    print("\n== memory (RSS, MiB): after warm-up -> end")
    for label in before:
        start, end = before[label] / 1024, after.get(label, 0) / 1024
        print(f"{label:<20} {start:7.1f} -> {end:7.1f}  ({(end - start) / start:+.1%})")
    total_before, total_after = sum(before.values()), sum(after.values())
    growth = (total_after - total_before) / total_before
    print(
        f"{'all':<20} {total_before / 1024:7.1f} -> "
        f"{total_after / 1024:7.1f}  ({growth:+.1%})"
    )
    print("\n== inquiries")
    for label, value in outbox.items():
        print(f"{label:<20} {value}")
    return server_errors, growth


def merged(statuses):
    total = {}
    for codes in statuses.values():
        for code, count in codes.items():
            total[code] = total.get(code, 0) + count
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--host", default=f"http://127.0.0.1:{os.environ.get('HTTP_PORT', '8080')}"
    )
    parser.add_argument("--users", type=int, default=40)
    parser.add_argument("--duration", default="5m")
    parser.add_argument("--warm-up", type=float, default=30)
    args = parser.parse_args()

    warm_up(args.host, args.warm_up)
    processes = worker_processes()
    before = memory(processes)
    rows, statuses = run_locust(args.host, args)
    after = {
        label: rss_kib(pid)
        for label, pid in worker_processes().items()
        if label in before
    }
    if worker_processes() != processes:
        print(
            "note: a worker process was replaced during the run "
            "(its figures are of the new one)"
        )
    acknowledged = statuses.get("inquiry post", {}).get("302", 0)
    outbox = outbox_figures(acknowledged, drain_seconds=120)
    server_errors, growth = print_report(rows, statuses, before, after, outbox)
    lost = (
        outbox["acknowledged"] != outbox["stored"]
        or outbox["emails due"] != outbox["emails sent"]
    )
    ok = server_errors == 0 and growth < 0.20 and not lost
    print(
        "\n== "
        + ("load run passed" if ok else "load run FAILED")
        + ": 0 5xx, memory growth under 20%, nothing lost"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
