"""Write-back on a lookup board: a person edits a supplier on monday, SYSPRO gets the edit.

Both sandboxes over real HTTP. The board webhook points at a small local receiver (it answers
monday's challenge and keeps the events); each event is handed to the job exactly as the web
layer enqueues it.
"""

from __future__ import annotations

import time
from typing import Any

import requests

from jobs.writeback import write_back_board_edit
from store.audit import AuditFilter, query
from store.writeback import webhook_ids
from sync.poll import poll
from sync.provision import RENAME_WEBHOOK_EVENT
from sync.push import push
from syspro.writers import SUPPLIERS

PERSON = 2  # a monday user other than the token's own (1)


def job_kwargs(env, event: dict[str, Any]) -> dict[str, Any]:
    """What monday_app/web/webhooks.py enqueues for an event."""
    return {
        "account_id": env.account_id, "board_id": str(event["boardId"]),
        "item_id": str(event["pulseId"]), "column_id": event.get("columnId"),
        "value": event.get("value"), "previous_value": event.get("previousValue"),
        "user_id": event.get("userId"), "trigger_uuid": event["triggerUuid"],
    }


def _supplier(env, item: dict[str, Any], columns) -> dict[str, Any]:
    code = item["column_values"][columns["syspro_id"]["id"]]["text"]
    row = env.syspro.app.state.data.table("ApSupplier").find((code,))
    assert row is not None
    return row


def _syspro_sets(env, code: str, changes: dict[str, str]) -> None:
    """Someone changes the supplier in SYSPRO (no date moves)."""
    requests.patch(f"{env.syspro.base_url}/_sandbox/tables/ApSupplier/rows", timeout=10,
                   json={"key": [code], "changes": changes}).raise_for_status()


def _edit(env, item_id: str, column_id: str, value: str) -> None:
    requests.post(
        f"{env.monday.url}/_sandbox/items/{item_id}/column_values",
        json={"column_values": {column_id: value}, "user_id": PERSON}, timeout=10,
    ).raise_for_status()


def _audit(env, sync_id: int, action: str) -> list:
    with env.runtime.db.session() as session:
        events = query(session, AuditFilter(account_id=env.account_id, board_sync_id=sync_id,
                                            actions=(action,), limit=1000))
        return [(e.syspro_id, e.item_id, e.detail, e.error_chain) for e in events]


def test_person_edits_telephone_and_syspro_gets_it(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[0]
    phone = columns["telephone"]["id"]
    _edit(env, item["id"], phone, "+44 20 7946 0999")
    event = receiver.wait_for(1)[0]
    assert event["userId"] == PERSON and event["columnId"] == phone

    result = write_back_board_edit(**job_kwargs(env, event))
    assert result["outcome"] == "written_back", result
    supplier = _supplier(env, item, columns)
    assert supplier["Telephone"] == "+44 20 7946 0999"
    [(syspro_id, item_id, detail, _)] = _audit(env, sync_id, "written_back")
    assert (syspro_id, item_id) == (supplier["Supplier"], item["id"])
    assert detail["field"] == "Telephone" and detail["value"] == "+44 20 7946 0999"

    # The next poll reads SYSPRO's new telephone and finds monday already has it.
    again = poll(env.ctx, sync_id)
    assert again.changed == 0
    assert push(env.ctx, sync_id).updated == 0

    # The same delivery run again writes nothing more.
    assert write_back_board_edit(**job_kwargs(env, event))["outcome"] == "duplicate"
    assert len(_audit(env, sync_id, "written_back")) == 1


def test_value_syspro_refuses_is_audited_and_told_on_the_item(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[1]
    before = _supplier(env, item, columns)["Telephone"]
    _edit(env, item["id"], columns["telephone"]["id"], "0" * 25)  # Telephone is str20
    event = receiver.wait_for(1)[0]

    result = write_back_board_edit(**job_kwargs(env, event))
    assert result["outcome"] == "failed"
    assert _supplier(env, item, columns)["Telephone"] == before
    [(_, item_id, detail, chain)] = _audit(env, sync_id, "failed")
    assert item_id == item["id"]
    assert "Telephone may not exceed 20 characters" in " ".join(detail["syspro_refused"])
    assert chain and chain[0]["type"] == "ItemValidationError"
    assert "Telephone may not exceed 20 characters" in chain[0]["message"]
    updates = requests.get(f"{env.monday.url}/_sandbox/items/{item['id']}/updates",
                           timeout=10).json()
    assert len(updates) == 1
    assert "SYSPRO did not accept" in updates[0]["body"]
    assert "may not exceed 20 characters" in updates[0]["body"]


def test_read_only_column_is_refused_with_a_reason(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[2]
    _edit(env, item["id"], columns["balance"]["id"], "123456")
    event = receiver.wait_for(1)[0]
    result = write_back_board_edit(**job_kwargs(env, event))
    assert result["outcome"] == "failed"
    [(_, _, detail, _)] = _audit(env, sync_id, "failed")
    assert "cannot be changed from monday" in detail["reason"]
    # The board shows SYSPRO's balance again at once, with a note saying why.
    url = f"{env.monday.url}/_sandbox/boards/{board_id}/items"
    shown = next(i for i in requests.get(url, timeout=10).json() if i["id"] == item["id"])
    assert shown["column_values"][columns["balance"]["id"]]["text"] == \
        item["column_values"][columns["balance"]["id"]]["text"]
    notes = requests.get(f"{env.monday.url}/_sandbox/items/{item['id']}/updates",
                         timeout=10).json()
    assert any("comes from SYSPRO" in str(n) for n in notes)
    # Our own restoring write comes back as a webhook: an echo, nothing written to SYSPRO.
    echo = receiver.wait_for(2)[1]
    assert write_back_board_edit(**job_kwargs(env, echo))["outcome"] == "echo"


def test_echo_of_our_own_write_does_nothing(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[3]
    code = _supplier(env, item, columns)["Supplier"]
    # Someone changes the supplier in SYSPRO; the sync carries it to monday.
    with env.runtime.db.session() as session:
        from store.board_syncs import load_spec

        spec = load_spec(session, env.runtime.secret_box, sync_id)
    env.ctx.writer_factory(spec).write(SUPPLIERS, "Update", code, {"Telephone": "555 0100"})
    assert poll(env.ctx, sync_id).changed == 1
    assert push(env.ctx, sync_id).updated == 1
    events = receiver.wait_for(1)
    time.sleep(0.2)  # every column change of that write has been announced by now
    for event in receiver.events:
        assert write_back_board_edit(**job_kwargs(env, event))["outcome"] == "echo"
    assert _audit(env, sync_id, "written_back") == []
    assert _audit(env, sync_id, "failed") == []
    assert events[0]["userId"] == 1  # the app's own token wrote it

    # A change made by an automation is never written back either.
    automation = {**events[0], "userId": -6, "triggerUuid": "automation-1",
                  "value": {"value": "999"}}
    assert write_back_board_edit(**job_kwargs(env, automation))["outcome"] == "echo"


def test_edit_of_a_supplier_with_a_change_waiting_to_be_pushed(lookup_board, receiver) -> None:
    """SYSPRO changed the supplier (staged, not yet pushed) when a person edits its phone: the
    write-back succeeds once, and the staged change carries the new phone, not the old one."""
    env, sync_id, board_id, columns, items = lookup_board
    item = items[0]
    code = _supplier(env, item, columns)["Supplier"]
    _syspro_sets(env, code, {"Contact": "New Contact"})
    assert poll(env.ctx, sync_id).changed == 1  # staged, not pushed
    phone = columns["telephone"]["id"]
    _edit(env, item["id"], phone, "+27 11 555 0199")
    result = write_back_board_edit(**job_kwargs(env, receiver.wait_for(1)[0]))
    assert result["outcome"] == "written_back", result
    assert len(_audit(env, sync_id, "written_back")) == 1
    with env.runtime.db.session() as session:
        from store.models import SyncRecord

        record = session.query(SyncRecord).filter_by(syspro_key=code).one()
        assert record.pending_values["telephone"] == "+27 11 555 0199"
        assert record.pending_values["contact"] == "New Contact"
    push(env.ctx, sync_id)
    assert poll(env.ctx, sync_id).changed == 0


def test_person_renames_a_supplier_item_and_syspro_gets_it(lookup_board, receiver) -> None:
    """monday sends a rename as its own event (change_name): the item name is the supplier
    name, so SYSPRO's SupplierName is updated; the next poll finds nothing to do."""
    env, sync_id, board_id, columns, items = lookup_board
    with env.runtime.db.session() as session:
        assert RENAME_WEBHOOK_EVENT in webhook_ids(session, sync_id)
    item = items[1]
    requests.post(f"{env.monday.url}/_sandbox/items/{item['id']}/column_values", timeout=10,
                  json={"column_values": {"name": "Protea Renamed (Pty) Ltd"}, "user_id": PERSON}
                  ).raise_for_status()
    event = receiver.wait_for(1)[0]
    assert "columnId" not in event and event["value"] == {"name": "Protea Renamed (Pty) Ltd"}
    result = write_back_board_edit(**job_kwargs(env, event))
    assert result["outcome"] == "written_back", result
    assert _supplier(env, item, columns)["SupplierName"] == "Protea Renamed (Pty) Ltd"
    assert poll(env.ctx, sync_id).changed == 0
    assert push(env.ctx, sync_id).updated == 0


def _syspro_changes_the_phone_then_a_person_edits_it(env, item, columns, receiver) -> dict:
    code = _supplier(env, item, columns)["Supplier"]
    _syspro_sets(env, code, {"Telephone": "011 111 1111"})
    _edit(env, item["id"], columns["telephone"]["id"], "011 222 2222")
    return write_back_board_edit(**job_kwargs(env, receiver.wait_for(1)[0]))


def test_a_conflict_keeps_syspro_by_default_and_says_so(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    item = items[3]
    result = _syspro_changes_the_phone_then_a_person_edits_it(env, item, columns, receiver)
    assert result["outcome"] == "failed" and "changed in SYSPRO" in result["reason"]
    assert _supplier(env, item, columns)["Telephone"] == "011 111 1111"
    shown = next(i for i in requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items",
                                         timeout=10).json() if i["id"] == item["id"])
    assert shown["column_values"][columns["telephone"]["id"]]["text"] == "011 111 1111"
    [(_, _, detail, _)] = _audit(env, sync_id, "conflict")
    assert detail["conflict"]["syspro"] == "011 111 1111"
    assert detail["conflict"]["policy"] == "syspro_wins"
    notes = requests.get(f"{env.monday.url}/_sandbox/items/{item['id']}/updates",
                         timeout=10).json()
    assert any("011 111 1111" in str(n) for n in notes)
    # Seen the SYSPRO value, the person edits again: now it is written.
    _edit(env, item["id"], columns["telephone"]["id"], "011 222 2222")
    again = receiver.wait_for(3)[-1]
    assert write_back_board_edit(**job_kwargs(env, again))["outcome"] == "written_back"
    assert _supplier(env, item, columns)["Telephone"] == "011 222 2222"


def test_a_board_may_let_the_monday_edit_win_a_conflict(lookup_board, receiver) -> None:
    env, sync_id, board_id, columns, items = lookup_board
    with env.runtime.db.session() as session:
        from store.models import BoardSync

        session.get(BoardSync, sync_id).column_mapping = {"conflicts": "monday_wins"}
    item = items[4]
    result = _syspro_changes_the_phone_then_a_person_edits_it(env, item, columns, receiver)
    assert result["outcome"] == "written_back"
    assert _supplier(env, item, columns)["Telephone"] == "011 222 2222"
    [(_, _, detail, _)] = _audit(env, sync_id, "conflict")
    assert detail["conflict"]["syspro"] == "011 111 1111"
    assert detail["conflict"]["board_edit"] == "011 222 2222"
    assert len(_audit(env, sync_id, "written_back")) == 1


def test_a_value_syspro_already_has_is_not_sent_again(lookup_board, receiver) -> None:
    """A retried job (Setup applied, the job killed before it saved that) or the same change
    made on both sides: SYSPRO is read first and no second Setup call is sent."""
    env, sync_id, board_id, columns, items = lookup_board
    item = items[5]
    code = _supplier(env, item, columns)["Supplier"]
    _syspro_sets(env, code, {"Telephone": "011 333 3333"})
    writes = []
    real = env.ctx.writer_factory
    env.ctx.writer_factory = lambda spec: _Recording(real(spec), writes)
    _edit(env, item["id"], columns["telephone"]["id"], "011 333 3333")
    result = write_back_board_edit(**job_kwargs(env, receiver.wait_for(1)[0]))
    assert result["outcome"] == "written_back" and writes == []
    [(_, _, detail, _)] = _audit(env, sync_id, "written_back")
    assert detail["already_applied"] is True
    assert _audit(env, sync_id, "conflict") == []


class _Recording:
    def __init__(self, writer, calls: list) -> None:  # type: ignore[no-untyped-def]
        self.writer, self.calls = writer, calls

    def write(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls.append(args)
        return self.writer.write(*args, **kwargs)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.writer, name)
