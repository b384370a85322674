# Common Good. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

.PHONY: install
install: $(VENV)/.installed ## Create the virtual environment and install the runtime dependencies

.PHONY: install-dev
install-dev: $(VENV)/.installed-dev ## Install the runtime, test and lint dependencies

.PHONY: migrate
migrate: install ## Apply database migrations (SQLite unless DATABASE_URL is set)
	$(BIN)/python manage.py migrate --no-input

.PHONY: demo
demo: migrate ## Set up everything, load the demo content in every language, and serve on http://127.0.0.1:8000
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

.PHONY: run
run: migrate ## Serve the site without reloading demo content
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The browser journeys run after the rest, in a pytest run of their own: each worker then starts one
# live server and one Chromium, and their timing does not compete with thousands of other tests.
.PHONY: test
test: install-dev ## Run the whole test suite on every core (pytest -n auto; DATABASE_URL picks PostgreSQL)
	$(BIN)/pytest -n auto -m "not browser"
	$(BIN)/pytest -n auto -m browser

.PHONY: check
check: install-dev ## Lint (ruff), Django's system checks, and missing migrations
	$(BIN)/ruff check .
	$(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

.PHONY: format
format: install-dev ## Format Python with ruff and templates with djhtml
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	find . -path ./$(VENV) -prune -o -name '*.html' -print | xargs $(BIN)/djhtml

.PHONY: messages
messages: install ## Extract UI strings into locale/*/LC_MESSAGES/django.po and compile them
	$(BIN)/python manage.py makemessages --all --no-obsolete --ignore='.venv/*' --ignore='static/*' --ignore='tests/*' --ignore='bench/*' --ignore='locale_upstream/*'
	$(BIN)/python manage.py compilemessages --ignore='.venv/*'

.PHONY: bench
bench: install-dev ## Run every benchmark in bench/ and print its figures
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/pdf.py
	$(BIN)/python bench/surveys.py
	$(BIN)/python bench/matching.py
	$(BIN)/python bench/network.py
	$(BIN)/python bench/compact.py
	$(BIN)/python bench/sessions.py
	$(BIN)/python bench/catalog.py
	$(BIN)/python bench/portfolio.py
	$(BIN)/python bench/stories.py

.PHONY: clean
clean: ## Remove the virtual environment, the SQLite database and collected static files
	rm -rf $(VENV) db.sqlite3 static
