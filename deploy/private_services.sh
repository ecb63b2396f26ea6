# Sourced by deploy/check.sh and bench/load.sh: the stack's private helpers.
# A redis-server on PRIVATE_REDIS_PORT and an SMTP sink (aiosmtpd) on
# EMAIL_PORT, logging into RUN_DIR; on exit, they and the stack are stopped.
# Needs BIN (the venv's bin) and the binaries named as arguments.

require_binaries() {
  local binary
  for binary in "$@"; do
    command -v "$binary" >/dev/null || { echo "missing: $binary (Debian package)"; exit 1; }
  done
}

start_private_services() {
  redis-server --port "$PRIVATE_REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no \
    --daemonize yes --logfile "$RUN_DIR/redis.log"
  setsid "$BIN/python" -m aiosmtpd -n -c aiosmtpd.handlers.Sink \
    -l "127.0.0.1:$EMAIL_PORT" >"$RUN_DIR/smtp.log" 2>&1 &
  PRIVATE_SMTP_PID=$!
  trap stop_private_services EXIT
}

stop_private_services() {
  deploy/serve-prod.sh stop >/dev/null
  kill "$PRIVATE_SMTP_PID" 2>/dev/null
  redis-cli -p "$PRIVATE_REDIS_PORT" shutdown nosave >/dev/null 2>&1
}
