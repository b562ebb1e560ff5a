# The two commands a newcomer needs: `make run` and `make test`. Both set up everything.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test stack test-stack install migrate demo lint format bench messages clean

$(STAMP): requirements.txt requirements-dev.txt
	bash scripts/pdf_libraries.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

# The port `make run` serves on, and the address pages link to (the Wagtail Site follows it).
WEB_PORT ?= 8000
SITE_URL ?= http://127.0.0.1:$(WEB_PORT)
export WEB_PORT SITE_URL

## make run: install, migrate, load the demo campaign, create a local admin, serve on WEB_PORT
run: install
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_local_admin
	@echo "Serving the site at http://127.0.0.1:$(WEB_PORT) (admin at /admin/). Stop with Ctrl-C."
	@[ "$(SITE_URL)" = "http://127.0.0.1:$(WEB_PORT)" ] || echo "Pages link to $(SITE_URL) (SITE_URL)."
	$(VENV)/bin/honcho --procfile Procfile.dev start

## make test: install, start a throwaway PostgreSQL, lint, check and run every test
test: install
	bash scripts/test.sh

## make stack: the production topology on this machine, served at http://127.0.0.1:8080
stack: install
	bash scripts/stack.sh

## make test-stack: start a fresh stack in the background, run tests/stack/ against it, stop it
test-stack: install
	bash scripts/test_stack.sh

## make bench: the benchmark figures (not part of `make test`); BENCH_SECONDS per measurement
BENCH_SECONDS ?= 5
bench: install
	bash scripts/bench.sh --seconds $(BENCH_SECONDS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

## make messages: gather new strings into the Spanish catalogues (each app's and locale/), compile
messages: install
	bash scripts/messages.sh

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
