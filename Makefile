# Two commands on a fresh machine: `make lab` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8888

.PHONY: lab test test-fast bench html classroom clean help

help:
	@echo "make lab    - set up .venv (first time) and open JupyterLab on the first lesson"
	@echo "make test   - set up .venv and run every test (unit, doctests, notebooks, browser)"
	@echo "make bench  - print the benchmark table"
	@echo "make classroom - the headline workbench full-screen in Voila, for projecting"
	@echo "make html   - export the lessons as static HTML pages in build/html/"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@mkdir -p $(VENV)/share/jupyter/lab/settings
	@printf '%s\n' '{"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}}' \
		> $(VENV)/share/jupyter/lab/settings/overrides.json
	@touch $(STAMP)

lab: $(STAMP)
	$(BIN)/jupyter lab --port $(PORT) $(if $(wildcard lessons/00_start_here.ipynb),lessons/00_start_here.ipynb,)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not browser and not slow"

bench: $(STAMP)
	$(BIN)/python bench/run.py

classroom: $(STAMP)
	$(BIN)/voila classroom/workbench.ipynb --port $(PORT)

html: $(STAMP)
	$(BIN)/python tools/export_html.py

clean:
	rm -rf $(VENV) build *.egg-info
