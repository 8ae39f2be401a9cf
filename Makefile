# `make run` starts the app, `make test` runs every check; both set up what they need first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest catalog images screenshots system-deps gui-deps clean

run: gui-deps $(STAMP)
	$(BIN)/acupress $(ARGS)

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

## Rebuild resources/points.db from the TOML source under resources/catalog/.
catalog: $(STAMP)
	$(BIN)/python -m acupress_desktop.storage.catalog_build

system-deps:
	@scripts/system-deps.sh

gui-deps:
	@scripts/system-deps.sh --gui

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	@touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
