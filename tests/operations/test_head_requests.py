"""HEAD through gunicorn: headers only, so a kept-alive connection stays in step.

The HTTP cache reuses its connections to the app servers. A body after a HEAD
response would be read as the start of the next response on that connection.
"""

import http.client

from .conftest import production_env
from .processes import get, gunicorn, wait_for
from .services import free_port

# robots.txt needs no database; /healthz answers 503 without one: both have bodies.
PATHS = ["/robots.txt", "/healthz"]


def test_head_then_get_on_one_connection(tmp_path):
    port = free_port()
    server = gunicorn(production_env(), port, tmp_path / "gunicorn.log")
    try:
        assert wait_for(lambda: get(f"http://127.0.0.1:{port}/robots.txt")[0] == 200)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for path in PATHS:
            connection.request("GET", path)
            got = connection.getresponse()
            body = got.read()
            assert body

            connection.request("HEAD", path)
            head = connection.getresponse()
            assert head.status == got.status
            assert head.getheader("Content-Length") == str(len(body))
            assert head.read() == b""

            # Had the HEAD response carried the body, this would read its bytes
            # as a status line and fail.
            connection.request("GET", path)
            again = connection.getresponse()
            assert again.status == got.status
            assert again.read() == body
        # One connection carried all of it: gunicorn did not close it.
        assert connection.sock is not None
        connection.close()
    finally:
        server.stop()
