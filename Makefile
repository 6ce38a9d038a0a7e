# Set-up and everyday commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format check messages makemessages migrate seed system-deps clean

# Debian packages the project needs: gettext compiles the Japanese catalogue.
system-deps:
	@command -v msgfmt >/dev/null 2>&1 || { \
	  echo "Installing Debian package gettext (needed to compile translations)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext; }

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

messages: system-deps $(STAMP)
	@$(MANAGE) compilemessages --ignore=$(VENV) -v 0

migrate: $(STAMP)
	# wagtail-modeltranslation's migrate asks before adding per-language columns: never wait for it.
	$(MANAGE) migrate --noinput -v 1

seed: migrate
	$(MANAGE) load_sd3_notice
	$(MANAGE) ensure_admin

run: messages seed
	@echo "Serving on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: messages
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: messages
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

makemessages: $(STAMP)
	$(MANAGE) makemessages -l ja --no-location --ignore=$(VENV) --ignore=node_modules

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
