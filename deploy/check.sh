#!/usr/bin/env bash
# The serve-prod checks, on a stack of their own: a private redis-server and
# an SMTP sink on ports of their own, the stack on CHECK_HTTP_PORT and the two
# ports after it, the database CHECK_DATABASE_URL. Prints each check's result
# and exits non-zero if one fails. Everything it started is stopped at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$ROOT/.venv/bin

base=${CHECK_HTTP_PORT:-16380}
export HTTP_PORT=$base APP1_PORT=$((base + 1)) APP2_PORT=$((base + 2))
export CHECK_REDIS_PORT=${CHECK_REDIS_PORT:-16301}
export REDIS_URL=redis://127.0.0.1:$CHECK_REDIS_PORT/0
export DATABASE_URL=${CHECK_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal_check}
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=${CHECK_SMTP_PORT:-16325}
# The checks post ten inquiries at once from one address.
export INQUIRY_MIN_FILL_SECONDS=0 INQUIRY_RATE_LIMIT_PER_ADDRESS=1000
export INQUIRY_RETRY_BASE_SECONDS=2
export RUN_DIR=$ROOT/deploy/.run/check-$base
mkdir -p "$RUN_DIR"

for binary in redis-server redis-cli varnishd curl /usr/bin/chromium; do
  command -v "$binary" >/dev/null || { echo "missing: $binary (Debian package)"; exit 1; }
done

redis-server --port "$CHECK_REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
  --daemonize yes --logfile "$RUN_DIR/redis.log"
setsid "$BIN/python" -m aiosmtpd -n -c aiosmtpd.handlers.Sink \
  -l "127.0.0.1:$EMAIL_PORT" >"$RUN_DIR/smtp.log" 2>&1 &
smtp=$!
cleanup() {
  deploy/serve-prod.sh stop >/dev/null
  kill "$smtp" 2>/dev/null
  redis-cli -p "$CHECK_REDIS_PORT" shutdown nosave >/dev/null 2>&1
}
trap cleanup EXIT

deploy/serve-prod.sh start || exit 1
failed=0
for check in publish failover redis_outage; do
  deploy/serve-prod.sh exec "$BIN/python" "deploy/checks/$check.py" || failed=1
done
if [ $failed = 0 ]; then echo "== all serve-prod checks passed"; else echo "== a check FAILED"; fi
exit $failed
