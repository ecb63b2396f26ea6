"""Publishing a page sends Wagtail's PURGE for its URL to the HTTP cache."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.factories import TreatmentPageFactory


class PurgeRecorder(BaseHTTPRequestHandler):
    purges = []

    def do_PURGE(self):
        self.purges.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def http_cache(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    PurgeRecorder.purges = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "http-cache": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    try:
        yield PurgeRecorder.purges
    finally:
        server.shutdown()


@pytest.mark.django_db
def test_publishing_purges_the_page_url(treatment_index, http_cache):
    page = TreatmentPageFactory(parent=treatment_index, slug="minoxidil")
    http_cache.clear()
    page.title = "Topical minoxidil, revised"
    page.save_revision().publish()
    assert (page.get_site().hostname, "/treatments/minoxidil/") in http_cache
