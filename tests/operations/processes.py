"""Production processes (gunicorn, the inquiry worker) started by outage tests."""

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def get(url, timeout=10):
    """(status, headers, body) for a GET; never raises on an HTTP status."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()
    except (urllib.error.URLError, OSError):
        return 0, {}, ""  # not listening (yet)


def wait_for(predicate, timeout=30, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


class Process:
    def __init__(self, command, env, log_path):
        self.log_path = log_path
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )

    def alive(self):
        return self.process.poll() is None

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self):
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()

    def output(self):
        return Path(self.log_path).read_text(errors="replace")


def gunicorn(env, port, log_path):
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "-c",
        "portal/gunicorn.conf.py",
        "portal.wsgi",
    ]
    return Process(command, env, log_path)


def inquiry_worker(env, log_path):
    command = [sys.executable, "manage.py", "inquiry_worker", "--interval", "0.2"]
    return Process(command, env, log_path)
