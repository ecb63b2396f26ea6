"""With Redis stopped, the site keeps serving (a private Redis, never a shared one).

While the check's own redis-server is down: pages, search, suggest and the
A-Z straight from both app servers and through the HTTP cache (misses),
inquiries through the HTTP cache, and /healthz naming the cache. Then the
worker must send every email those inquiries are due.
"""

import os
import subprocess
import sys
import time

from common import APP1, APP2, HTTP_CACHE, fetch, report, setup_django, wait_until
from inquiry_form import send_inquiry

REDIS_PORT = os.environ.get("CHECK_REDIS_PORT", "")
PATHS = [
    "/",
    "/treatments/",
    "/treatments/exosomes-for-hair-restoration/",
    "/treatments/a-z/",
    "/search/?q=hair+loss",
    "/search/suggest/?q=exo",
]
INQUIRIES = 10


def stop_redis():
    subprocess.run(
        ["redis-cli", "-p", REDIS_PORT, "shutdown", "nosave"], capture_output=True
    )
    return subprocess.run(["redis-cli", "-p", REDIS_PORT, "ping"], capture_output=True)


def start_redis():
    subprocess.run(
        [
            "redis-server",
            "--port",
            REDIS_PORT,
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
        ],
        check=True,
        capture_output=True,
    )


def browse(rounds=5):
    statuses = []
    for round_number in range(rounds):
        for base in (APP1, APP2, HTTP_CACHE):
            for path in PATHS:
                separator = "&" if "?" in path else "?"
                statuses.append(
                    fetch(f"{base}{path}{separator}r={round_number}").status
                )
    return statuses


def main():
    if not REDIS_PORT or REDIS_PORT == "6379":
        print("CHECK_REDIS_PORT must name the check's private redis-server, not 6379")
        return False
    setup_django()
    from inquiries.models import InquiryNotification, InquirySubmission

    first_new = (
        InquirySubmission.objects.order_by("-pk").values_list("pk", flat=True).first()
        or 0
    ) + 1
    redis_gone = stop_redis().returncode != 0
    health = fetch(APP1 + "/healthz")
    statuses = browse()
    acknowledged = sum(send_inquiry(HTTP_CACHE, n) == 302 for n in range(INQUIRIES))
    stored = InquirySubmission.objects.filter(pk__gte=first_new).count()
    due = InquiryNotification.objects.filter(submission_id__gte=first_new)
    sent_after = wait_until(
        lambda: not due.filter(sent_at__isnull=True).exists(), timeout=60, step=0.5
    )
    sent = due.filter(sent_at__isnull=False).count()
    start_redis()
    healthy_again = wait_until(lambda: fetch(APP1 + "/healthz").status == 200, 10)
    errors = sum(status >= 500 or status == 0 for status in statuses)
    lines = [
        f"Redis stopped: {redis_gone}; /healthz said {health.status} {health.text}",
        f"{len(statuses)} page, search, suggest and A-Z requests: {errors} 5xx or "
        "no answer",
        f"inquiries: {INQUIRIES} sent, {acknowledged} acknowledged, {stored} stored",
        f"emails: {due.count()} due, {sent} sent"
        + (f" ({sent_after:.1f} s)" if sent_after is not None else ""),
        f"/healthz 200 again after Redis restarted: {healthy_again is not None}",
    ]
    passed = (
        redis_gone
        and health.status == 503
        and errors == 0
        and acknowledged == stored == INQUIRIES
        and sent == due.count() == 2 * INQUIRIES
        and healthy_again is not None
    )
    return report("Redis stopped", passed, lines)


if __name__ == "__main__":
    started = time.monotonic()
    ok = main()
    print(f"   ({time.monotonic() - started:.1f} s)")
    sys.exit(0 if ok else 1)
