#!/usr/bin/env bash
# Five minutes of mixed load against the production stack (`make serve-prod`'s
# processes) on a fresh PostgreSQL database and a private Redis: page views,
# searches with and without results, suggest, inquiry posts, and a burst of
# hostile requests. Prints throughput, p95, status codes, the worker processes'
# memory at the start and the end, and the inquiries and emails accounted for.
#
#   bench/load.sh                 (LOAD_USERS=40 LOAD_DURATION=5m by default)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/.venv/bin

base=${LOAD_HTTP_PORT:-16480}
export HTTP_PORT=$base APP1_PORT=$((base + 1)) APP2_PORT=$((base + 2))
redis_port=${LOAD_REDIS_PORT:-16401}
export REDIS_URL=redis://127.0.0.1:$redis_port/0
export DATABASE_URL=${LOAD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal_load}
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=${LOAD_SMTP_PORT:-16425}
# No recycling of gunicorn workers, so that a leak shows in the memory figures.
export GUNICORN_MAX_REQUESTS=0
export RUN_DIR=$ROOT/deploy/.run/load-$base
rm -rf "$RUN_DIR"; mkdir -p "$RUN_DIR"

[ -x "$BIN/locust" ] || "$BIN/pip" install --quiet -r requirements-bench.txt
. deploy/private_services.sh
require_binaries redis-server redis-cli varnishd curl dropdb

database=${DATABASE_URL##*/}
dropdb -h 127.0.0.1 -U postgres --if-exists "$database"
PRIVATE_REDIS_PORT=$redis_port
start_private_services

deploy/serve-prod.sh start || exit 1
deploy/serve-prod.sh exec "$BIN/python" bench/load.py \
  --users "${LOAD_USERS:-40}" --duration "${LOAD_DURATION:-5m}"
