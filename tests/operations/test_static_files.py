"""Static files in production: hashed, compressed, cached for ever by browsers."""

import gzip
import urllib.request
from pathlib import Path

from .conftest import production_env
from .processes import get, gunicorn, wait_for
from .services import free_port


def test_whitenoise_serves_hashed_compressed_files_with_far_future_headers(
    collected_static, tmp_path
):
    root = Path(collected_static)
    hashed = next((root / "css").glob("site.*.css"))
    assert (root / "css" / f"{hashed.name}.gz").exists()

    port = free_port()
    # whitenoise answers before Django: no database or cache is needed.
    env = production_env(STATIC_ROOT=collected_static)
    server = gunicorn(env, port, tmp_path / "gunicorn.log")
    try:
        base = f"http://127.0.0.1:{port}"
        assert wait_for(lambda: get(base + "/robots.txt")[0] == 200)
        request = urllib.request.Request(
            f"{base}/static/css/{hashed.name}", headers={"Accept-Encoding": "gzip"}
        )
        with urllib.request.urlopen(request) as response:
            headers = response.headers
            body = response.read()
    finally:
        server.stop()
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == hashed.read_bytes()
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=315360000" in headers["Cache-Control"]
