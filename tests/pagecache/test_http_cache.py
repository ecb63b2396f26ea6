"""The same purges reach the HTTP cache in front: a PURGE recorder, then the
real Varnish with deploy/varnish.vcl in front of a live server."""

import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest

from tests.operations.processes import wait_for
from tests.operations.services import free_port, require_binary, wait_for_port
from tests.operations.test_http_cache_purge import http_cache  # noqa: F401
from treatments.models.related import RelatedTreatment

from .conftest import article
from .test_purges import publish

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish.vcl"


def test_a_publish_purges_the_pages_that_show_it_once_each(
    minoxidil,
    finasteride,
    committed,
    http_cache,  # noqa: F811
):
    http_cache.clear()
    publish(finasteride, committed, title="Finasteride tablets")
    paths = [path for host, path in http_cache]
    for shown_on in (
        "/treatments/finasteride/",
        "/treatments/minoxidil/",  # lists it as "Linked from"
        "/",  # features it
        "/treatments/",
        "/conditions/androgenetic-alopecia/",
        "/doctors/dr-alex-rivera/",
        "/treatments/a-z/",
        "/sitemap.xml",
    ):
        assert paths.count(shown_on) == 1 or (
            # Wagtail's own handler purges the published page itself too.
            shown_on == "/treatments/finasteride/" and paths.count(shown_on) == 2
        ), shown_on


def test_nothing_is_purged_before_the_commit(minoxidil, http_cache):  # noqa: F811
    http_cache.clear()
    page = minoxidil.get_latest_revision_as_object()
    page.title = "Minoxidil foam"
    page.save_revision().publish()  # the test's transaction never commits
    assert "/treatments/a-z/" not in [path for host, path in http_cache]


class Varnish:
    def __init__(self, backend_port):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="portal-varnish-"))
        self.dir.chmod(0o755)  # varnishd's child runs as its own user
        vcl = self.dir / "varnish.vcl"
        vcl.write_text(
            VCL.read_text()
            .replace("@APP1_PORT@", str(backend_port))
            .replace("@APP2_PORT@", str(backend_port))
            .replace("@PAGE_TTL@", "1h")
        )
        binary = require_binary("varnishd", "apt-get install varnish")
        self.process = subprocess.Popen(
            [binary, "-F", "-n", str(self.dir / "work"), "-f", str(vcl),
             "-a", f"127.0.0.1:{self.port}", "-T", "127.0.0.1:0",
             "-s", "malloc,32m"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}"
        wait_for_port(self.port, timeout=60)  # it compiles the VCL first

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return response.headers.get("X-Cache"), response.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(15)


@pytest.fixture
def varnish(live_server, settings):
    port = int(live_server.url.rsplit(":", 1)[1])
    proxy = Varnish(port)
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": proxy.url,
        }
    }
    try:
        assert wait_for(lambda: proxy.get("/healthz")[0] is not None, timeout=20)
        yield proxy
    finally:
        proxy.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_related_pages_purge_reaches_varnish(
    varnish, treatment_index, sections, condition, doctor, committed
):
    minoxidil = article(
        treatment_index, "Topical minoxidil", "minoxidil", condition, doctor
    )
    finasteride = article(
        treatment_index, "Oral finasteride", "finasteride", condition, doctor
    )
    RelatedTreatment.objects.create(page=finasteride, target=minoxidil)
    finasteride.save_revision().publish()  # the revision holds the link
    filtered = "/treatments/?condition=androgenetic-alopecia"
    for path in ("/treatments/minoxidil/", filtered):
        varnish.get(path)
        state, body = varnish.get(path)
        assert state == "hit", path
        assert "Oral finasteride" in body
    publish(finasteride, committed, title="Finasteride tablets")
    for path in ("/treatments/minoxidil/", filtered):
        state, body = varnish.get(path)
        assert state == "miss", path
        assert "Finasteride tablets" in body
