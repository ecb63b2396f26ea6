# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format worker serve-prod serve-prod-check bench-search bench-load bench-pages clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

## make run: set up SQLite, load the demo, serve on :8000, then print the
## admin password (once, in a box, last). -v 0: only what a newcomer needs.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: $(STAMP)
	@echo "Setting up the database and the demo content..."
	@$(BIN)/python manage.py migrate --noinput -v 0
	@$(BIN)/python manage.py load_demo -v 0
	@echo "Starting the background worker (emails) and the site at http://$(HOST):$(PORT)/"
	@$(BIN)/python manage.py inquiry_worker & worker=$$!; \
	  $(BIN)/python manage.py runserver $(HOST):$(PORT) & server=$$!; \
	  trap 'kill $$worker $$server 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py ensure_admin --wait-for $(HOST):$(PORT) || exit 1; \
	  wait $$server

## make test: the whole suite (SQLite, or PostgreSQL when DATABASE_URL is set)
test: $(STAMP)
	$(BIN)/pytest

## make lint: what CI checks of the style (Python and the tracked templates)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	git ls-files -z '*.html' | xargs -0 $(BIN)/djhtml --check

## make format: fix what make lint would refuse
format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	git ls-files -z '*.html' | xargs -0 $(BIN)/djhtml

worker: $(STAMP)
	$(BIN)/python manage.py inquiry_worker

## make serve-prod: Varnish on HTTP_PORT (8080), two gunicorn app servers, the worker
serve-prod: $(STAMP)
	deploy/serve-prod.sh run

## make serve-prod-check: the deploy checks on a stack of their own (private Redis)
serve-prod-check: $(STAMP)
	deploy/check.sh

## make bench-load: five minutes of mixed and hostile load on the production stack
bench-load: $(STAMP)
	bench/load.sh

## make bench-pages: page throughput, four ways, against nginx and a trivial view
bench-pages: $(STAMP)
	bench/pages.sh

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles test-artifacts
