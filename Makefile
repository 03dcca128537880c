# One-command entry points.  Everything installs into .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench clean

# An editable install compiles no bytecode (a wheel install does); without it every
# command pays for compiling its modules when the environment says
# PYTHONDONTWRITEBYTECODE (benchmarks/segment_protocol_speed.py), hence compileall.
$(STAMP): pyproject.toml setup.py src/aligner/align/_dpc.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,neural,dask]'
	$(BIN)/python -m compileall -q src/aligner
	touch $(STAMP)

## demo: set up and run the main job on the bundled corpus (writes out/)
demo: $(STAMP)
	$(BIN)/aligner run

## test: set up and run linter, type checker and the whole test suite
test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
