# Quick start: `make run` and `make test`. Both create .venv and install what is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Parallel test processes; 2 suits the 2-core machines the suite is sized for.
TEST_WORKERS ?= auto

.PHONY: run test lint chaos bench clean assets assets-check

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

# With real monday credentials configured, run the connector; otherwise the local demo
# against the SYSPRO and monday sandboxes.
run: $(STAMP)
	@if [ -n "$$MONDAY_CLIENT_ID" ]; then $(BIN)/ml-connector run; else $(BIN)/ml-connector demo; fi

test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# ruff over everything, then mypy over the product packages ([tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Break the running product (worker kills, Redis restart, database outage, SYSPRO and monday
# faults) and prove nothing is lost; prints a table. CHAOS_SIZE=small runs one of each family.
CHAOS_SIZE ?= full
chaos: $(STAMP)
	$(BIN)/python -m tests.chaos --size $(CHAOS_SIZE)

# The views' bundles (frontend/ -> monday_app/web/static/dist, committed so `make run` needs no
# Node). `make assets` rebuilds them after a change under frontend/; `make assets-check` builds
# into a temp folder and fails unless the committed files are the same bytes.
NPM ?= npm
NODE ?= node
DIST := monday_app/web/static/dist

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	$(NPM) --prefix frontend ci --no-audit --no-fund

assets: frontend/node_modules/.package-lock.json
	$(NPM) --prefix frontend run build

assets-check: frontend/node_modules/.package-lock.json
	@out=$$(mktemp -d); $(NODE) frontend/build.mjs --outdir "$$out" && diff -r -q "$$out" $(DIST); \
	  status=$$?; rm -rf "$$out"; \
	  if [ $$status = 0 ]; then echo "assets-check: $(DIST) matches frontend/"; \
	  else echo "assets-check: $(DIST) is stale or did not build; run make assets, commit it"; fi; \
	  exit $$status

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache
