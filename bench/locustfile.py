"""The load mix of `bench/load.sh`: readers, searchers, inquirers and a hostile burst.

Each simulated visitor connects from an address of its own: the whole of
127.0.0.0/8 is loopback, so a visitor bound to 127.x.y.z reaches the HTTP cache
from that address, the cache's X-Forwarded-For hop names it, and the rate
limits count visitors apart as they would in the field. (A forged
X-Forwarded-For header would not do: the trusted-proxy setting ignores it.) The
pages read are the sitemap's, so the mix follows whatever content is loaded.
"""

import os
import random
import re
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from locust import HttpUser, between, events, task
from requests.adapters import HTTPAdapter

# The deploy checks' own form filler: the same visitor, typed once.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "deploy" / "checks"))
from inquiry_form import form_values

BURST_START = float(os.environ.get("LOAD_BURST_START", "120"))
BURST_SECONDS = float(os.environ.get("LOAD_BURST_SECONDS", "30"))
MIN_FILL_SECONDS = float(os.environ.get("INQUIRY_MIN_FILL_SECONDS", "3"))

FOUND_QUERIES = [
    "minoxidil",
    "hair loss",
    "does finasteride work",
    "prp",
    "side effects of minoxidil",
    "exosomes",
    "balding",
    "rogaine",
    "alopecia areata",
    "microneedling",
]
NOT_FOUND_QUERIES = ["xylophone", "quantum toaster", "zzzz qqqq", "volcano"]
SUGGEST_PREFIXES = ["min", "fin", "hair", "pr", "exo", "rog", "bald", "micro", "tr"]

PAGES = []
STARTED = time.monotonic()


@events.test_start.add_listener
def read_sitemap(environment, **kwargs):
    with urllib.request.urlopen(
        environment.host + "/sitemap.xml", timeout=10
    ) as response:
        xml = response.read().decode()
    for location in re.findall(r"<loc>([^<]+)</loc>", xml):
        PAGES.append(urllib.parse.urlsplit(location).path)
    if not PAGES:
        raise SystemExit("the sitemap lists no pages: is the demo content loaded?")


STATUSES = {}


@events.request.add_listener
def count_statuses(name=None, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) if response is not None else 0
    by_status = STATUSES.setdefault(name, {})
    by_status[status] = by_status.get(status, 0) + 1


@events.test_stop.add_listener
def write_statuses(environment, **kwargs):
    path = os.environ.get("LOAD_STATUS_FILE")
    if path:
        import json

        with open(path, "w") as out:
            json.dump(STATUSES, out, indent=1, sort_keys=True)


class FromAddress(HTTPAdapter):
    """Connections from one source address, as a visitor's own machine."""

    def __init__(self, address):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def become_new_visitor(user):
    """A fresh loopback address and no cookies: somebody else arrives."""
    octets = random.randint(1, 254), random.randint(0, 255), random.randint(1, 254)
    address = "127.{}.{}.{}".format(*octets)
    user.client.cookies.clear()
    user.client.mount("http://", FromAddress(address))


class Visitor(HttpUser):
    """Reads pages, searches and types into the suggest box."""

    weight = 8
    wait_time = between(0.2, 1.0)

    def on_start(self):
        become_new_visitor(self)

    @task(10)
    def read_a_page(self):
        self.client.get(random.choice(PAGES), name="page")

    @task(3)
    def search_found(self):
        self.client.get(
            "/search/",
            params={"q": random.choice(FOUND_QUERIES)},
            name="search (results)",
        )

    @task(1)
    def search_not_found(self):
        query = f"{random.choice(NOT_FOUND_QUERIES)} {random.randint(1, 10**6)}"
        self.client.get("/search/", params={"q": query}, name="search (no result)")

    @task(4)
    def suggest(self):
        self.client.get(
            "/search/suggest/",
            params={"q": random.choice(SUGGEST_PREFIXES)},
            name="suggest",
        )


class Inquirer(HttpUser):
    """Fills in the inquiry form as a visitor would, then reads the thanks."""

    weight = 1
    wait_time = between(5, 15)

    @task
    def send_inquiry(self):
        become_new_visitor(self)
        form_page = self.client.get("/inquire/", name="inquiry form")
        if form_page.status_code != 200:
            return
        action, values = form_values(
            form_page.text, random.randint(1, 10**9), "Load Test"
        )
        time.sleep(MIN_FILL_SECONDS + 0.5)
        self.client.post(
            action or "/inquire/",
            data=values,
            headers={"Referer": self.host + "/inquire/", "Origin": self.host},
            name="inquiry post",
            allow_redirects=False,
        )


class Hostile(HttpUser):
    """A scanner's burst: idle until BURST_START, then hammers for BURST_SECONDS."""

    weight = 2
    wait_time = between(0, 0.05)

    def on_start(self):
        become_new_visitor(self)

    def in_burst(self):
        elapsed = time.monotonic() - STARTED
        if elapsed < BURST_START or elapsed > BURST_START + BURST_SECONDS:
            time.sleep(1)
            return False
        return True

    @task
    def hostile_request(self):
        if not self.in_burst():
            return
        method, path, kwargs = random.choice(HOSTILE_REQUESTS)
        self.client.request(
            method, path, name=f"hostile {method}", allow_redirects=False, **kwargs
        )


FORM = "application/x-www-form-urlencoded"
HOSTILE_REQUESTS = [
    ("GET", "/search/?q=%00minoxidil&condition=%00", {}),
    ("GET", "/search/?q=" + "a" * 5000, {}),
    ("GET", "/search/?q=hair&q=loss&page=-1&page=99999999999999999999", {}),
    ("GET", "/search/suggest/?q=%C0%AE%C0%AE%2F", {}),
    ("GET", "/search/?q=%27%20OR%201%3D1--", {}),
    ("GET", "/treatments/?condition=%00&evidence=%ff%fe", {}),
    ("GET", "/inquire/?treatment=%00", {}),
    ("GET", "/../../etc/passwd", {}),
    ("GET", "/treatments/a-z/?letter=%E2%80%AE", {}),
    ("GET", "/wp-login.php", {}),
    ("GET", "/.env", {}),
    ("HEAD", "/search/?q=minoxidil", {}),
    (
        "POST",
        "/search/",
        {
            "data": "q=x".encode("utf-16"),
            "headers": {"Content-Type": f"{FORM}; charset=utf-16"},
        },
    ),
    (
        "POST",
        "/inquire/",
        {
            "data": b"name=\xff\xfe",
            "headers": {"Content-Type": f"{FORM}; charset=no-such-charset"},
        },
    ),
    (
        "POST",
        "/inquire/",
        {
            "data": b"--x\r\nContent-Disposition: form-data",
            "headers": {"Content-Type": "multipart/form-data; boundary=x"},
        },
    ),
    (
        "POST",
        "/admin/login/",
        {"data": {"username": "admin", "password": "wrong-password"}},
    ),
    ("GET", "/search/?q=<script>alert(1)</script>", {}),
]
