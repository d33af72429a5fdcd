"""A connection's operator changes between write-backs: each write-back runs as the operator
saved at that moment, never on a session or a refusal left from the one before."""

from __future__ import annotations

from typing import Any

import requests

from jobs.writeback import write_back_board_edit
from store.connections import update_connection
from syspro.urlguard import AddressPolicy
from tests.sync.test_writeback import _audit, _edit, _supplier, job_kwargs


def _setup_calls(env: Any) -> list[dict[str, str]]:
    answer = requests.get(f"{env.syspro.base_url}/_sandbox/setup-calls", timeout=10)
    answer.raise_for_status()
    return answer.json()["calls"]


def _operator(env: Any, code: str) -> None:
    with env.runtime.db.session() as session:
        update_connection(session, env.runtime.secret_box, env.account_id, env.connection_id,
                          {"operator": code, "operator_password": "sandbox"},
                          policy=AddressPolicy(allow_loopback=True))


def test_a_write_back_runs_as_the_operator_saved_at_the_time(lookup_board, receiver) -> None:
    env, sync_id, _, columns, items = lookup_board
    item, phone = items[0], columns["telephone"]["id"]
    before = _supplier(env, item, columns)["Telephone"]

    _operator(env, "VIEWER")  # may read suppliers, may not call APSSSP
    _edit(env, item["id"], phone, "+44 20 7946 0111")
    refused = write_back_board_edit(**job_kwargs(env, receiver.wait_for(1)[0]))
    assert refused["outcome"] == "failed", refused
    assert _supplier(env, item, columns)["Telephone"] == before
    [(_, _, _, chain)] = _audit(env, sync_id, "failed")
    text = " ".join(link["message"] for link in chain or [])
    assert "Access denied" in text and "'VIEWER'" in text  # SYSPRO's own words
    calls = _setup_calls(env)
    assert calls[-1] == {"operator": "VIEWER", "business_object": "APSSSP", "answer": "denied"}
    assert [c for c in calls if c["operator"] == "ADMIN"] == []  # never as the old operator

    _operator(env, "ADMIN")  # and back: the refusal learnt as VIEWER is not ADMIN's
    _edit(env, item["id"], phone, "+44 20 7946 0222")
    applied = write_back_board_edit(**job_kwargs(env, receiver.wait_for(2)[1]))
    assert applied["outcome"] == "written_back", applied
    assert _supplier(env, item, columns)["Telephone"] == "+44 20 7946 0222"
    assert _setup_calls(env)[-1] == {"operator": "ADMIN", "business_object": "APSSSP",
                                     "answer": "ok"}
