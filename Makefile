# Set-up and everyday commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

PRODUCTION_SETTINGS := site_config.settings.production

.PHONY: run serve production-required worker beat broker-required test test-unit test-browser bench wrk lighthouse-deps bench-publishing lint format check messages makemessages migrate seed system-deps browser-deps clean

# Debian packages the project needs: gettext compiles the Japanese catalogue.
system-deps:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  echo "Installing Debian package gettext (needed to compile translations)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }

# What the browser tests need (tests/browser): Debian's Chromium (Playwright drives it;
# `playwright install` cannot download here), Japanese fonts for screenshots, Java for
# the Nu HTML checker, and npm for axe-core and vnu-jar (and the OpenAPI linters the unit
# tests run). Installs only what is missing.
browser-deps: node_modules/.installed
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	{ dpkg -s fonts-noto-cjk >/dev/null 2>&1 || fc-list :lang=ja 2>/dev/null | grep -q .; } || missing="$$missing fonts-noto-cjk"; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages for the browser tests:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing Debian package npm (for axe-core, vnu-jar and the OpenAPI linters)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

messages: system-deps $(STAMP)
	@$(MANAGE) compilemessages --ignore=$(VENV) --ignore=.bench --ignore=node_modules -v 0

migrate: $(STAMP)
	# wagtail-modeltranslation's migrate asks before adding per-language columns: never wait for it.
	$(MANAGE) migrate --noinput -v 1

seed: migrate
	$(MANAGE) load_sd3_notice
	$(MANAGE) rebuild_search_index
	$(MANAGE) ensure_admin

# Scheduled publishing runs beside the server (Celery beat's job in production); it stops with it.
# Links the site writes outside a request (emails, warmed pages) point where it is served.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
run: messages seed
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

broker-required:
	@test -n "$$CELERY_BROKER_URL" || { echo "Set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0): workers need a broker. make run needs none."; exit 2; }

production-required:
	@missing=""; for name in DJANGO_SECRET_KEY DATABASE_URL REDIS_URL CELERY_BROKER_URL; do \
	  printenv $$name >/dev/null || missing="$$missing $$name"; done; \
	if [ -n "$$missing" ]; then echo "Set$$missing (see README, Production; compose.yaml shows every setting)."; exit 2; fi

# Production web process: gunicorn with production settings, PostgreSQL and Redis from
# the environment (README, Production). Its settings (WEB_CONCURRENCY sync workers,
# default 2, replaced after GUNICORN_MAX_REQUESTS requests, the app loaded once and
# shared) are in site_config/gunicorn.conf.py, which compose.yaml and make bench use too.
serve: messages production-required
	DJANGO_SETTINGS_MODULE=$(PRODUCTION_SETTINGS) $(MANAGE) migrate --noinput -v 0
	DJANGO_SETTINGS_MODULE=$(PRODUCTION_SETTINGS) $(MANAGE) collectstatic --noinput -v 0
	DJANGO_SETTINGS_MODULE=$(PRODUCTION_SETTINGS) exec $(BIN)/gunicorn -c site_config/gunicorn.conf.py \
	  --bind $(HOST):$(PORT) --access-logfile -

# Production-style background processes. They use whatever DJANGO_SETTINGS_MODULE,
# DATABASE_URL, CELERY_BROKER_URL and REDIS_URL the environment names.
worker: $(STAMP) broker-required
	$(BIN)/celery -A site_config worker --loglevel=INFO

beat: $(STAMP) broker-required
	$(BIN)/celery -A site_config beat --loglevel=INFO --schedule=$${CELERY_BEAT_SCHEDULE_FILE:-.celerybeat-schedule}

# The unit suite first (fast, no browser); the browser tools are installed only when
# the browser tests are about to run.
test: test-unit test-browser

test-unit: messages node_modules/.installed
	$(BIN)/pytest --ignore=tests/browser $(PYTEST_ARGS)

test-browser: messages browser-deps
	$(BIN)/pytest tests/browser $(PYTEST_ARGS)

# Figures, not pass/fail. `make bench` prints one table measured in one run against the
# production set-up (gunicorn, PostgreSQL, Redis, a Celery worker; see benchmarks/site.py):
# it needs DATABASE_URL, REDIS_URL and CELERY_BROKER_URL, and installs Debian's wrk if missing.
# wagtail/bakerydemo is measured beside it from BAKERYDEMO_REPO (a clone), set up in .bench/.
bench: messages wrk lighthouse-deps
	$(BIN)/python -m benchmarks.site
	@$(MAKE) --no-print-directory bench-publishing

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  echo "Installing Debian package wrk (HTTP load for make bench)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

# Lighthouse for `make bench` only, in its own package.json so `make test` never installs
# its ~200 MB; it drives the Debian Chromium that browser-deps installs.
LIGHTHOUSE_STAMP := benchmarks/lighthouse/node_modules/.installed

lighthouse-deps: browser-deps $(LIGHTHOUSE_STAMP)

$(LIGHTHOUSE_STAMP): benchmarks/lighthouse/package.json benchmarks/lighthouse/package-lock.json | browser-deps
	npm ci --prefix benchmarks/lighthouse --no-audit --no-fund --loglevel=error
	@touch $@

# In-process figures (printed after the table by `make bench`): publish latency with the broker up and down, Wagtail's tasks inline or
# queued; Save draft and Publish in the admin under make run settings; feed sizes and
# timings for 10 and 1,000 announcements; search quality and speed; how long bad requests
# and hostile search queries take; what texts at their length limits cost.
bench-publishing: messages
	$(BIN)/python -m benchmarks.publish_latency
	$(BIN)/python -m benchmarks.admin_saves
	$(BIN)/python -m benchmarks.feeds
	$(BIN)/python -m benchmarks.search
	$(BIN)/python -m benchmarks.bad_requests
	$(BIN)/python -m benchmarks.costly_texts

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: messages
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

makemessages: $(STAMP)
	$(MANAGE) makemessages -l ja --no-location --no-wrap --ignore=$(VENV) --ignore=node_modules

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .bench
