"""Private redis-server and PostgreSQL processes for outage tests.

Each runs on a loopback port of its own, with its files in a temporary
directory, so a test may stop and restart it without touching the shared
services. A missing binary skips locally and fails with a clear message in
CI (CI=true), where every test must run.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PORTS = range(16302, 16360)
POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")


def require_binary(name, hint):
    path = shutil.which(name) or (
        str(POSTGRES_BIN / name) if (POSTGRES_BIN / name).exists() else None
    )
    if path:
        return path
    message = f"{name} is needed for outage tests: {hint}"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)
    return None


def free_port():
    for port in PORTS:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS}")


def wait_for_port(port, up=True, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            listening = sock.connect_ex(("127.0.0.1", port)) == 0
        if listening == up:
            return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} still {'closed' if up else 'open'}")


class PrivateRedis:
    def __init__(self):
        self.binary = require_binary("redis-server", "apt-get install redis-server")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        wait_for_port(self.port, up=False)


class PrivatePostgres:
    """A throwaway cluster (initdb + pg_ctl) with a migrated template database."""

    def __init__(self):
        self.initdb = require_binary("initdb", "apt-get install postgresql")
        self.pg_ctl = require_binary("pg_ctl", "apt-get install postgresql")
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="portal-pg-"))
        self.data = self.dir / "data"
        self.databases = 0

    def as_owner(self, *command):
        # PostgreSQL refuses to run as root; as root, run it as `postgres`.
        if os.geteuid() == 0:
            shutil.chown(self.dir, user="postgres")
            return ["runuser", "-u", pwd.getpwnam("postgres").pw_name, "--", *command]
        return list(command)

    def run(self, *command):
        subprocess.run(self.as_owner(*command), check=True, capture_output=True)

    def create(self):
        self.run(self.initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self.start()

    def start(self):
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        log = str(self.dir / "log")
        self.run(
            self.pg_ctl, "-D", str(self.data), "-o", options, "-l", log, "-w", "start"
        )

    def stop(self):
        self.run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def running(self):
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def restart(self):
        self.stop()
        self.start()

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def psql(self, database, statement):
        import psycopg2

        connection = psycopg2.connect(self.url(database))
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(statement)
                return cursor.fetchall() if cursor.description else None
        finally:
            connection.close()

    def fresh_database(self, template="template_portal"):
        self.databases += 1
        name = f"outage_{self.databases}"
        self.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def destroy(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
