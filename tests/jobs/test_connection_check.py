"""Test connection as a job: steps published as they end, the report stored, and a slow SYSPRO
cut off at the job's own deadline with a step that says so."""

from __future__ import annotations

import time

import requests

from jobs import connection_check
from jobs.connection_check import check_connection, enqueue_check, read_progress
from store.connections import get_connection
from tests.sync.conftest import make_engine_env


def _run(stack, run_id: str) -> dict:
    check_connection({"account_id": stack.account_id, "connection_id": stack.connection_id,
                      "run_id": run_id})
    progress = read_progress(stack.runtime.redis, stack.connection_id, run_id)
    assert progress is not None and progress["done"]
    return progress


def test_steps_are_published_and_the_report_stored(app_config, monkeypatch) -> None:
    for stack in make_engine_env(app_config, monkeypatch):
        redis_client = stack.runtime.redis
        run_id = enqueue_check(redis_client, stack.account_id, stack.connection_id)
        assert run_id is not None
        assert enqueue_check(redis_client, stack.account_id, stack.connection_id) is None  # waiting
        assert read_progress(stack.runtime.redis, stack.connection_id, run_id) == {
            "done": False, "ok": None, "steps": [], "groups": []}
        progress = _run(stack, run_id)
        assert progress["ok"], [s for s in progress["steps"] if not s["ok"]]
        names = [s["step"] for s in progress["steps"]]
        assert names[:3] == ["server URL", "logon", "logon profile"]
        assert "change tracking" in names
        lines = [g["line"] for g in progress["groups"]]
        assert lines[0].startswith("Connection to SYSPRO ✔")
        assert all(g["ok"] for g in progress["groups"]), lines
        assert {"Supplier invoices", "Customer invoices", "Write-back to suppliers",
                "Write-back to customers"} <= {g["group"] for g in progress["groups"]}
        with stack.runtime.db.session() as session:
            stored = get_connection(session, stack.account_id, stack.connection_id)
            assert stored.last_test_ok and len(stored.last_test_report["steps"]) == len(names)
            assert [g["line"] for g in stored.last_test_report["groups"]] == lines


def test_a_slow_syspro_is_cut_off_at_the_deadline(app_config, monkeypatch) -> None:
    monkeypatch.setattr(connection_check, "DEADLINE_SECONDS", 2.0)
    for stack in make_engine_env(app_config, monkeypatch):
        requests.post(f"{stack.syspro.base_url}/_sandbox/faults", timeout=5, json={
            "kind": "slow", "delay": 1.0, "count": 100}).raise_for_status()
        started = time.monotonic()
        progress = _run(stack, "slow-run")
        elapsed = time.monotonic() - started
        assert not progress["ok"]
        assert progress["steps"][-1]["step"] == "deadline"
        assert "too slowly" in progress["steps"][-1]["detail"]
        groups = {g["group"]: g for g in progress["groups"]}
        assert groups["deadline"]["ok"] is False
        assert "not checked (the test stopped at the " in groups["Write-back to customers"][
            "detail"]
        assert elapsed < 2.0 + 3 * 1.0 + 1.0  # the deadline plus one slow step, not every step
