# Multivector: `make run` starts the app, `make test` runs the tests.
# Both create .venv from requirements.lock on first use; nothing else is needed but python3 and make.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test test-models test-desktop lint bench fuzz clean translations

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-virtualenv -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The interface's translations: .ts sources in the repo, compiled here to the .qm files the
# app loads (not committed). `make translations` updates the sources from desktop/
# (assets/translations/README.md).
LANGUAGES := ru kk
TS := $(foreach l,$(LANGUAGES),assets/translations/multivector_$(l).ts)
QM := $(TS:.ts=.qm)

assets/translations/%.qm: assets/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	for l in $(LANGUAGES); do \
	    $(VENV)/bin/pyside6-lupdate $(sort $(wildcard desktop/*.py desktop/*/*.py)) \
	        -no-obsolete -locations none -source-language en -target-language $$l \
	        -ts assets/translations/multivector_$$l.ts || exit 1; \
	done

run: $(STAMP) $(QM)
	$(PY) -m desktop

# The model tests run with Qt made unimportable (MULTIVECTOR_BLOCK_QT=1: an import hook in
# tests/conftest.py), proving that models/ needs no GUI; tests/test_layering.py imports every
# model module and runs the import contracts; the desktop tests run offscreen.
test: test-models test-desktop

test-models: $(STAMP)
	MULTIVECTOR_BLOCK_QT=1 $(PY) -m pytest -p no:pytest-qt tests/models tests/test_layering.py

test-desktop: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/desktop

# ruff; mypy --strict on models/ and desktop/; the layering contracts of pyproject.toml.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The importers' fuzz test with thousands of broken files per format (a few dozen in `make test`).
fuzz: $(STAMP)
	MULTIVECTOR_BLOCK_QT=1 $(PY) -m pytest -p no:pytest-qt tests/models/test_import_fuzz.py --hypothesis-profile=fuzz

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

clean:
	rm -f $(QM)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
