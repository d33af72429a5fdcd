"""Write-back under attack: a person edits a supplier's telephone on a lookup board, the job
that writes it to SYSPRO is killed with its whole worker tree, and the edit must still land,
exactly once, with no person acting (rq's retry of an abandoned job, recovered every minute).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from rq.job import Job, JobStatus

from jobs.writeback import write_back_board_edit
from store.audit import AuditFilter, query
from store.board_syncs import load_spec, poll_soon
from store.types import utcnow
from tests.chaos.scenarios import Fault, _syspro_fault, _wait
from tests.chaos.stack import ChaosStack, Check
from tests.sync.receiver import Receiver

PERSON = 2  # a monday user other than the connector's own


@dataclass
class LookupBoard:
    sync_id: int
    board_id: str
    phone_column: str
    id_column: str
    edits: int = 0
    wanted: dict[str, str] = field(default_factory=dict)  # supplier -> telephone
    last_edited: str = ""  # the supplier of the latest edit


def lookup_board(chaos: ChaosStack) -> LookupBoard:
    """The suppliers board in lookup mode, made once and synced by the worker itself."""
    if getattr(chaos, "lookup", None) is None:
        sync_id, board_id = chaos.stack.add_board_sync(
            "suppliers", "Chaos suppliers", mode="lookup", interval_minutes=5)
        with chaos.stack.runtime.db.session() as session:
            poll_soon(session, chaos.stack.account_id, sync_id, utcnow())
        _wait(lambda: _columns(chaos, sync_id) is not None and _items(chaos, board_id), 90,
              "the suppliers board")
        columns = _columns(chaos, sync_id) or {}
        chaos.lookup = LookupBoard(sync_id, board_id, columns["telephone"]["id"],
                                   columns["syspro_id"]["id"])
    return chaos.lookup


def _columns(chaos: ChaosStack, sync_id: int) -> dict[str, Any] | None:
    with chaos.stack.runtime.db.session() as session:
        spec = load_spec(session, chaos.stack.runtime.secret_box, sync_id)
    return spec.provisioned_columns or None


def _items(chaos: ChaosStack, board_id: str) -> list[dict[str, Any]]:
    url = f"{chaos.stack.monday.url}/_sandbox/boards/{board_id}/items"
    return requests.get(url, timeout=10).json()


def _edit_event(chaos: ChaosStack, board: LookupBoard, receiver: Receiver) -> dict[str, Any]:
    """A person changes a telephone on monday; returns the webhook event monday sent."""
    board.edits += 1
    item = _items(chaos, board.board_id)[board.edits % 5]
    supplier = item["column_values"][board.id_column]["text"]
    phone = f"+27 21 555 {board.edits:04d}"
    board.wanted[supplier] = phone
    board.last_edited = supplier
    seen = len(receiver.events)
    requests.post(f"{chaos.stack.monday.url}/_sandbox/items/{item['id']}/column_values",
                  json={"column_values": {board.phone_column: phone}, "user_id": PERSON},
                  timeout=10).raise_for_status()
    return receiver.wait_for(seen + 1)[seen]


def enqueue_like_the_web_layer(chaos: ChaosStack, account_id: int, event: dict) -> str:
    edit = {"account_id": account_id, "board_id": str(event["boardId"]),
            "item_id": str(event["pulseId"]), "column_id": event.get("columnId"),
            "value": event.get("value"), "previous_value": event.get("previousValue"),
            "user_id": event.get("userId"), "trigger_uuid": event["triggerUuid"]}
    write_back_board_edit.enqueue(chaos.stack.runtime.redis, **edit)
    return write_back_board_edit.job_id(**edit)


def verify(chaos: ChaosStack) -> Check:
    """Every edit made so far is in SYSPRO, and audited `written_back` exactly once."""
    board: LookupBoard = chaos.lookup
    table = chaos.stack.syspro.app.state.data.table("ApSupplier")
    lost = sum(1 for s, p in board.wanted.items() if (table.find((s,)) or {}).get("Telephone")
               != p)
    with chaos.stack.runtime.db.session() as session:
        events = [e.syspro_id for e in query(session, AuditFilter(
            account_id=chaos.stack.account_id, board_sync_id=board.sync_id,
            actions=("written_back",), limit=10_000))]
    # Each edit audited `written_back` exactly once: fewer is an edit not (yet) confirmed.
    unaudited = max(0, board.edits - len(events))
    return Check(records=len(board.wanted), lost=lost + unaudited,
                 duplicated=max(0, len(events) - board.edits), wrong=0, created_events_off=0)


def kill_mid_writeback(seconds_in: float) -> Fault:
    """SYSPRO answers slowly (1 s a request), so the job is still working `seconds_in` after
    it started: 0.5 s is inside its first request, 1.5 s its second, and so on (on a loaded
    machine the job's own start-up moves these points later)."""
    return _writeback_kill(f"kill write-back {seconds_in:.1f} s into the job",
                           lambda chaos, board, supplier: time.sleep(seconds_in))


def kill_writeback_after_apply() -> Fault:
    """Killed once SYSPRO has applied the edit, while the job waits on its read-back: the
    re-run must audit the edit once without a second Setup call, even when the board's poll
    has read the applied value back in between."""

    def when_applied(chaos: ChaosStack, board: LookupBoard, supplier: str) -> None:
        table = chaos.stack.syspro.app.state.data.table("ApSupplier")
        _wait(lambda: (table.find((supplier,)) or {}).get("Telephone") == board.wanted[supplier],
              60, "SYSPRO applying the edit")

    return _writeback_kill("kill write-back once SYSPRO applied the edit", when_applied)


def _writeback_kill(name: str, until: Callable[[ChaosStack, LookupBoard, str], None]) -> Fault:
    fault = Fault(name, lambda c: 0)

    def inject(chaos: ChaosStack) -> int:
        board = lookup_board(chaos)
        event = _edit_event(chaos, board, chaos.receiver)
        supplier = board.last_edited
        _syspro_fault(chaos, {"kind": "slow", "delay": 1.0, "count": 30})
        job_id = enqueue_like_the_web_layer(chaos, chaos.stack.account_id, event)
        job = Job.fetch(job_id, connection=chaos.stack.runtime.redis)
        _wait(lambda: job.get_status() == JobStatus.STARTED, 60, "the write-back start")
        until(chaos, board, supplier)
        chaos.kill_worker_tree()
        requests.delete(f"{chaos.stack.syspro.base_url}/_sandbox/faults", timeout=10)
        fault.midway = verify(chaos).lost > 0
        return 1

    fault.inject = inject
    fault.verify = verify
    return fault
