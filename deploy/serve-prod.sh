#!/usr/bin/env bash
# The production stack on loopback: Varnish on HTTP_PORT in front of two
# gunicorn app servers, and the inquiry email worker, all sharing
# DATABASE_URL, REDIS_URL and the media directory.
#
#   deploy/serve-prod.sh run            prepare, start everything, stay in the
#                                       foreground; Ctrl-C stops it all
#   deploy/serve-prod.sh start [NAME]   prepare and start everything (or one of
#                                       app1, app2, worker, varnish), then return
#   deploy/serve-prod.sh stop [NAME]    stop everything (or one process)
#   deploy/serve-prod.sh status
#   deploy/serve-prod.sh exec CMD...    run CMD in the stack's environment
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BIN:-$ROOT/.venv/bin}

export HTTP_PORT=${HTTP_PORT:-8080}
export APP1_PORT=${APP1_PORT:-8001}
export APP2_PORT=${APP2_PORT:-8002}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/0}
export MEDIA_ROOT=${MEDIA_ROOT:-$ROOT/media}
export STATIC_ROOT=${STATIC_ROOT:-$ROOT/staticfiles}
export DJANGO_SETTINGS_MODULE=portal.settings.production
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-localhost,127.0.0.1,[::1]}
# Loopback has no TLS: no redirect to https, cookies not marked Secure.
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}
export SECURE_COOKIES=${SECURE_COOKIES:-false}
# Wagtail purges the HTTP cache here when a page is published.
export FRONTEND_CACHE_URL=${FRONTEND_CACHE_URL:-http://127.0.0.1:$HTTP_PORT}
export WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$HTTP_PORT}
# Varnish adds one X-Forwarded-For hop: the visitor is the entry before it.
export INQUIRY_TRUSTED_PROXIES=${INQUIRY_TRUSTED_PROXIES:-1}
# Two app servers share this machine's 2 cores.
export GUNICORN_WORKERS=${GUNICORN_WORKERS:-2}
PAGE_TTL=${PAGE_TTL:-60s}
RUN_DIR=${RUN_DIR:-$ROOT/deploy/.run/$HTTP_PORT}
mkdir -p "$RUN_DIR"

say() { printf '[serve-prod] %s\n' "$*"; }

secret_key() {
  if [ -n "${SECRET_KEY:-}" ]; then return; fi
  local file="$ROOT/deploy/.secret_key"
  if [ ! -s "$file" ]; then
    (umask 077; "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))' >"$file")
    say "SECRET_KEY is not set: generated one into deploy/.secret_key (git-ignored)"
  else
    say "SECRET_KEY is not set: using deploy/.secret_key"
  fi
  SECRET_KEY=$(cat "$file")
  export SECRET_KEY
}

prepare() {
  secret_key
  say "database: $("$BIN/python" deploy/ensure_database.py)"
  "$BIN/python" manage.py migrate --noinput -v0
  "$BIN/python" manage.py collectstatic --noinput -v0
  if [ "${LOAD_DEMO:-1}" = 1 ]; then "$BIN/python" manage.py load_demo >/dev/null; fi
  mkdir -p "$MEDIA_ROOT"
}

pid_of() { cat "$RUN_DIR/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

launch() {  # launch NAME COMMAND...: in the background, logging to RUN_DIR
  local name=$1; shift
  if alive "$name"; then say "$name already running (pid $(pid_of "$name"))"; return; fi
  setsid "$@" >>"$RUN_DIR/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$name.pid"
  say "$name started (pid $!, log $RUN_DIR/$name.log)"
}

start_one() {
  case $1 in
    app1|app2)
      local port_var=${1^^}_PORT
      GUNICORN_BIND=127.0.0.1:${!port_var} GUNICORN_NAME=portal-$1 \
        launch "$1" "$BIN/gunicorn" -c portal/gunicorn.conf.py portal.wsgi ;;
    worker)
      launch worker "$BIN/python" manage.py inquiry_worker ;;
    varnish)
      sed -e "s/@APP1_PORT@/$APP1_PORT/; s/@APP2_PORT@/$APP2_PORT/; s/@PAGE_TTL@/$PAGE_TTL/" \
        deploy/varnish.vcl >"$RUN_DIR/varnish.vcl"
      launch varnish varnishd -F -n "$RUN_DIR/varnishd" -a "127.0.0.1:$HTTP_PORT" \
        -T 127.0.0.1:0 -f "$RUN_DIR/varnish.vcl" -s malloc,128m ;;
    *) echo "unknown process: $1 (app1, app2, worker, varnish)" >&2; exit 2 ;;
  esac
}

stop_one() {
  local pid; pid=$(pid_of "$1")
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then rm -f "$RUN_DIR/$1.pid"; return; fi
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$RUN_DIR/$1.pid"
  say "$1 stopped"
}

wait_for() {  # wait_for URL: until it answers 200 (30 s at most)
  for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; then return 0; fi
    sleep 0.1
  done
  say "no answer from $1: see the logs in $RUN_DIR" >&2
  return 1
}

start_all() {
  prepare
  start_one app1; start_one app2; start_one worker; start_one varnish
  wait_for "http://127.0.0.1:$APP1_PORT/healthz"
  wait_for "http://127.0.0.1:$APP2_PORT/healthz"
  wait_for "http://127.0.0.1:$HTTP_PORT/"
  say "site: http://127.0.0.1:$HTTP_PORT/ (Varnish) -> app servers :$APP1_PORT and :$APP2_PORT"
  say "admin: http://127.0.0.1:$HTTP_PORT/admin/ (create a user: manage.py ensure_admin)"
}

stop_all() {
  for name in varnish app1 app2 worker; do stop_one "$name"; done
}

command=${1:-run}
case $command in
  run)
    trap stop_all EXIT INT TERM
    start_all
    say "running; Ctrl-C stops everything"
    while :; do sleep 3600; done ;;
  start) if [ -n "${2:-}" ]; then secret_key; start_one "$2"; else start_all; fi ;;
  stop) if [ -n "${2:-}" ]; then stop_one "$2"; else stop_all; fi ;;
  status)
    for name in varnish app1 app2 worker; do
      if alive "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
    done ;;
  exec) shift; secret_key; exec "$@" ;;
  *) sed -n 2,15p "$0"; exit 2 ;;
esac
