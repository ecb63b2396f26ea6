"""The email worker survives a PostgreSQL restart and a kill; every due email is sent.

Real processes throughout: a private PostgreSQL cluster restarted under the
running worker, `manage.py inquiry_worker` killed with SIGKILL and started
again, and a real SMTP server (aiosmtpd) that counts what arrives.
"""

import subprocess
import sys

import pytest

from .conftest import ROOT, production_env
from .processes import inquiry_worker, wait_for

PENDING = "SELECT count(*) FROM inquiries_inquirynotification WHERE sent_at IS NULL"
ALL = "SELECT count(*) FROM inquiries_inquirynotification"


@pytest.fixture
def worker_env(private_postgres, private_redis, smtp_server):
    database = private_postgres.fresh_database()
    env = production_env(
        DATABASE_URL=private_postgres.url(database),
        REDIS_URL=private_redis.url,
        ALLOWED_HOSTS="testserver",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=smtp_server.port,
        INQUIRY_RETRY_BASE_SECONDS=1,
        INQUIRY_OUTBOX_SWEEP_SECONDS=1,
        INQUIRY_OUTBOX_GRACE_SECONDS=1,
        INQUIRY_RATE_LIMIT_PER_ADDRESS=100,
    )
    env["database"] = database
    return env


def visitors(env, *args):
    done = subprocess.run(
        [sys.executable, "-m", "tests.operations.scenario", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]


def count(postgres, env, statement):
    return postgres.psql(env["database"], statement)[0][0]


def test_worker_survives_restart_and_kill_and_sends_every_email(
    worker_env, private_postgres, smtp_server, tmp_path
):
    def all_sent():
        return count(private_postgres, worker_env, PENDING) == 0

    visitors(worker_env, "--inquiries", "5")
    first = inquiry_worker(worker_env, tmp_path / "worker-1.log")
    try:
        assert wait_for(lambda: len(smtp_server.messages) >= 1, timeout=20)
        private_postgres.restart()  # under the running worker, mid-batch
        assert wait_for(all_sent, timeout=30), first.output()

        visitors(worker_env, "--inquiries", "2", "--first", "5")
        assert wait_for(all_sent, timeout=30), first.output()
        assert first.alive(), "the worker reconnected by itself"

        first.kill()
        visitors(worker_env, "--inquiries", "2", "--first", "7", "--orphans", "2")
    finally:
        first.stop()

    second = inquiry_worker(worker_env, tmp_path / "worker-2.log")
    try:
        assert wait_for(all_sent, timeout=30), second.output()
    finally:
        second.stop()

    due = count(private_postgres, worker_env, ALL)
    message_ids = {m["message"]["Message-ID"] for m in smtp_server.messages}
    assert due == 2 * (5 + 2 + 2) + 2
    assert len(message_ids) == due
    assert len(smtp_server.messages) >= due
