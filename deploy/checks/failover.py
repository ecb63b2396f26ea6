"""With one app server stopped, the HTTP cache keeps serving.

Requests go through Varnish while app1 is stopped: a cached page (hits) and
pages it must fetch (misses, a fresh query string each), so the surviving
app server has to answer them. app1 is started again at the end.
"""

import subprocess
import sys
import time

from common import APP1, EXOSOME_PATH, HTTP_CACHE, ROOT, fetch, report, wait_until

SERVE = [str(ROOT / "deploy" / "serve-prod.sh")]
SECONDS = 6


def hammer(seconds):
    counts = {"requests": 0, "not 200": 0, "hits": 0}
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        n += 1
        path = EXOSOME_PATH if n % 2 else f"/treatments/?check={n}"
        response = fetch(HTTP_CACHE + path)
        counts["requests"] += 1
        counts["not 200"] += response.status != 200
        counts["hits"] += response.headers.get("X-Cache") == "hit"
    return counts


def main():
    fetch(HTTP_CACHE + EXOSOME_PATH)
    subprocess.run([*SERVE, "stop", "app1"], check=True)
    app1_down = fetch(APP1 + "/healthz").status == 0
    counts = hammer(SECONDS)
    subprocess.run([*SERVE, "start", "app1"], check=True)
    back = wait_until(lambda: fetch(APP1 + "/healthz").status == 200, timeout=30)
    lines = [
        f"app1 stopped: {app1_down}",
        f"{counts['requests']} requests through the HTTP cache in {SECONDS} s: "
        f"{counts['not 200']} not 200, {counts['hits']} cache hits, "
        f"{counts['requests'] - counts['hits']} served by app2",
        f"app1 back after {back:.1f} s" if back is not None else "app1 did not return",
    ]
    passed = app1_down and counts["not 200"] == 0 and back is not None
    return report("one app server stopped", passed, lines)


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
