# Quick start: `make run` and `make test`. Both create .venv and install what is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Parallel test processes; 2 suits the 2-core machines the suite is sized for.
TEST_WORKERS ?= auto

.PHONY: run test test-fast lint chaos bench clean

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

# The inner loop: everything but the tests marked slow (processes, browsers, chaos). CI and
# `make test` still run them all.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) -m "not slow" $(PYTEST_ARGS)

# ruff over everything, then mypy over the product packages ([tool.mypy] in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Break the running product (worker kills, Redis restart, database outage, SYSPRO and monday
# faults) and prove nothing is lost; prints a table. CHAOS_SIZE=small runs one of each family.
CHAOS_SIZE ?= full
chaos: $(STAMP)
	$(BIN)/python -m tests.chaos --size $(CHAOS_SIZE)

clean:
	rm -rf $(VENV) instance .pytest_cache .mypy_cache
