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

. deploy/private_services.sh
require_binaries redis-server redis-cli varnishd curl /usr/bin/chromium
PRIVATE_REDIS_PORT=$CHECK_REDIS_PORT
start_private_services

deploy/serve-prod.sh start || exit 1
failed=0
for check in publish failover redis_outage; do
  deploy/serve-prod.sh exec "$BIN/python" "deploy/checks/$check.py" || failed=1
done
if [ $failed = 0 ]; then echo "== all serve-prod checks passed"; else echo "== a check FAILED"; fi
exit $failed
