#!/usr/bin/env bash
# Page throughput under production settings: bench/pages.sh (or make bench-pages).
#
# Starts, on free loopback ports and all from deploy/serve-prod.sh:
#   - a stack with the page cache off (PAGE_CACHE=off): Varnish, two gunicorn
#     app servers, the worker;
#   - a stack with the page cache on, the same way;
#   - a private redis-server for both (each stack its own database number);
#   - nginx serving the article's HTML as a static file (the ceiling);
# then runs wrk against each page four ways (page cache off/on, straight to an
# app server / through Varnish) and against the two references measured in the
# same run: the static file through nginx and the trivial Django view
# (/healthz/live) through the same gunicorn. A third gunicorn, with the
# floor views of bench/floor_urls.py, answers the article's request stopped
# after routing and after its queries. Prints one table; asserts nothing.
#
#   DATABASE_URL   PostgreSQL database with the demo (default portal_bench_pages;
#                  created, migrated and loaded by serve-prod.sh)
#   DURATION       seconds per wrk run (5)    THREADS (2)    CONNECTIONS (16)
#   REPEATS        wrk runs per figure, the best kept (3)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BIN:-$ROOT/.venv/bin}
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal_bench_pages}
DURATION=${DURATION:-5}
# Each figure is the best of REPEATS runs: on a shared machine, whatever
# else runs only ever slows a run down.
REPEATS=${REPEATS:-3}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
WORK=$(mktemp -d /tmp/bench-pages.XXXXXX)
chmod 755 "$WORK"  # varnishd reads its VCL here as its own user
ARTICLE=/treatments/exosomes-for-hair-restoration/
PAGES=(
  "home|/"
  "treatment index|/treatments/"
  "exosome article|$ARTICLE"
  "search|/search/?q=minoxidil"
  "404|/no-such-page/"
)

say() { printf '[bench-pages] %s\n' "$*" >&2; }
free_port() { "$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

REDIS_PORT=$(free_port)
NGINX_PORT=$(free_port)
OFF_HTTP=$(free_port); OFF_APP1=$(free_port); OFF_APP2=$(free_port)
FLOOR_PORT=$(free_port)
ON_HTTP=$(free_port); ON_APP1=$(free_port); ON_APP2=$(free_port)

# Workers are not recycled during the run: gunicorn's max_requests would
# restart each worker cold several times in one run of the trivial view.
export GUNICORN_MAX_REQUESTS=0

stack() {  # stack off|on COMMAND...: deploy/serve-prod.sh for one of the stacks
  local which=$1; shift
  if [ "$which" = off ]; then
    PAGE_CACHE=off HTTP_PORT=$OFF_HTTP APP1_PORT=$OFF_APP1 APP2_PORT=$OFF_APP2 \
      REDIS_URL=redis://127.0.0.1:$REDIS_PORT/1 RUN_DIR=$WORK/off \
      deploy/serve-prod.sh "$@"
  else
    PAGE_CACHE=on HTTP_PORT=$ON_HTTP APP1_PORT=$ON_APP1 APP2_PORT=$ON_APP2 \
      REDIS_URL=redis://127.0.0.1:$REDIS_PORT/2 RUN_DIR=$WORK/on \
      deploy/serve-prod.sh "$@"
  fi
}

cleanup() {
  stack on stop >/dev/null 2>&1 || true
  stack off stop >/dev/null 2>&1 || true
  [ -s "$WORK/floor.pid" ] && kill "$(cat "$WORK/floor.pid")" 2>/dev/null || true
  [ -s "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -s "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true
  say "logs kept in $WORK"
}
trap cleanup EXIT INT TERM

say "private redis-server on :$REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
  --daemonize yes --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" --dir "$WORK"

say "page cache off: Varnish :$OFF_HTTP, app servers :$OFF_APP1 :$OFF_APP2"
stack off start >&2
say "page cache on: Varnish :$ON_HTTP, app servers :$ON_APP1 :$ON_APP2"
LOAD_DEMO=0 stack on start >&2

# The ceiling: the article as gunicorn renders it, served as a file by nginx.
mkdir -p "$WORK/www"
curl -sf "http://127.0.0.1:$OFF_APP1$ARTICLE" -o "$WORK/www/article.html"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
  }
}
EOF
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log"

say "floor views: gunicorn :$FLOOR_PORT (bench/floor_urls.py)"
# serve-prod.sh names the production settings: the floor's are set after it.
stack off exec env DJANGO_SETTINGS_MODULE=bench.floor_settings \
  FLOOR_BODY_BYTES="$(wc -c <"$WORK/www/article.html")" \
  GUNICORN_BIND="127.0.0.1:$FLOOR_PORT" GUNICORN_NAME=portal-floor \
  "$BIN/gunicorn" -c portal/gunicorn.conf.py --pid "$WORK/floor.pid" portal.wsgi \
  >>"$WORK/floor.log" 2>&1 &
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$FLOOR_PORT/healthz/live" && break
  sleep 0.1
done

measure() {  # measure LABEL WAY URL: the best of REPEATS wrk runs, one TSV line
  local label=$1 way=$2 url=$3
  # Warm every worker (and fill the caches) before measuring.
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$url" >/dev/null
  local status best=-1 run rate
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  for run in $(seq 1 "$REPEATS"); do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" >"$WORK/wrk-$run.txt"
    rate=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk-$run.txt")
    if awk -v a="$rate" -v b="$best" 'BEGIN {exit !(a > b)}'; then
      best=$rate
      cp "$WORK/wrk-$run.txt" "$WORK/wrk.txt"
    fi
  done
  "$BIN/python" bench/wrk_summary.py "$label" "$way" "$status" <"$WORK/wrk.txt"
}

RESULTS=$WORK/results.tsv
: >"$RESULTS"
say "wrk: ${DURATION}s per run, best of $REPEATS, $THREADS threads, $CONNECTIONS connections"
measure "static article (nginx)" reference "http://127.0.0.1:$NGINX_PORT/article.html" >>"$RESULTS"
measure "trivial view (/healthz/live)" reference "http://127.0.0.1:$OFF_APP1/healthz/live" >>"$RESULTS"
for entry in "${PAGES[@]}"; do
  label=${entry%%|*}; path=${entry#*|}
  say "$label ($path)"
  measure "$label" "uncached, gunicorn" "http://127.0.0.1:$OFF_APP1$path" >>"$RESULTS"
  measure "$label" "uncached, Varnish" "http://127.0.0.1:$OFF_HTTP$path" >>"$RESULTS"
  measure "$label" "cached, gunicorn" "http://127.0.0.1:$ON_APP1$path" >>"$RESULTS"
  measure "$label" "cached, Varnish" "http://127.0.0.1:$ON_HTTP$path" >>"$RESULTS"
done
say "floor: the article's request stopped early, a constant body of its size"
measure "the Site found, constant body" floor \
  "http://127.0.0.1:$FLOOR_PORT/bench-floor/site$ARTICLE" >>"$RESULTS"
measure "article routed, constant body" floor \
  "http://127.0.0.1:$FLOOR_PORT/bench-floor/routed$ARTICLE" >>"$RESULTS"
measure "article routed and its queries read, constant body" floor \
  "http://127.0.0.1:$FLOOR_PORT/bench-floor/read$ARTICLE" >>"$RESULTS"
measure "trivial view, floor server" floor "http://127.0.0.1:$FLOOR_PORT/healthz/live" >>"$RESULTS"
# The references again at the end: how much the machine's load moved meanwhile.
measure "trivial view, again at the end" reference "http://127.0.0.1:$OFF_APP1/healthz/live" >>"$RESULTS"
measure "static article (nginx), again at the end" reference \
  "http://127.0.0.1:$NGINX_PORT/article.html" >>"$RESULTS"

echo
echo "bench/pages.sh $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), wrk ${DURATION}s -t$THREADS -c$CONNECTIONS," \
  "best of $REPEATS"
"$BIN/python" bench/wrk_summary.py --table <"$RESULTS"
