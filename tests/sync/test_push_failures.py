"""Failures stay per record, end to end over real HTTP against both sandboxes.

A batch monday refuses as a whole is split until the culprits stand alone; an outage stops the
push without blaming records; an item a person deleted is recreated; health counts failing
records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pytest
import requests
import sqlalchemy as sa

from monday_api.errors import MondayUnavailable
from store import outbox
from store.audit import AuditFilter, query
from store.board_syncs import load_spec
from store.models import BoardSync, SyncRecord
from store.types import utcnow
from sync.poll import poll
from sync.provision import provision_board_sync
from sync.push import push
from tests.sync.conftest import EngineEnv, make_engine_env

BATCH = 25


@pytest.fixture
def env(app_config, monkeypatch):
    # Retries of a 500 wait milliseconds, not seconds: the split makes many of them.
    monkeypatch.setenv("MONDAY_BACKOFF_BASE_SECONDS", "0.01")
    yield from make_engine_env(app_config, monkeypatch)


def control(env: EngineEnv, method: str, path: str, body: dict | None = None) -> requests.Response:
    response = requests.request(method, f"{env.monday.url}/_sandbox/{path}", json=body,
                                timeout=10)
    response.raise_for_status()
    return response


def mutations(env: EngineEnv, board_id: str) -> int:
    return control(env, "GET", "stats").json()["mutations_by_board"].get(board_id, 0)


def items_by_key(env: EngineEnv, board_id: str, id_column: str) -> Counter[str]:
    items = control(env, "GET", f"boards/{board_id}/items").json()
    return Counter(item["column_values"][id_column]["text"] for item in items)


def staged(env: EngineEnv) -> tuple[int, str, list[str]]:
    """A supplier-invoice board sync polled once: (sync id, board id, first batch's keys)."""
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    env.ctx.enqueue_push = None
    with env.runtime.db.session() as session:
        spec = load_spec(session, env.runtime.secret_box, sync_id)
    provision_board_sync(env.ctx, spec, env.ctx.monday_factory(spec))
    poll(env.ctx, sync_id)
    with env.runtime.db.session() as session:
        first = outbox.due_records(session, sync_id, utcnow(), BATCH)
    return sync_id, board_id, [r.key for r in first]


def records(env: EngineEnv, sync_id: int) -> dict[str, SyncRecord]:
    with env.runtime.db.session() as session:
        rows = session.scalars(sa.select(SyncRecord).where(SyncRecord.board_sync_id == sync_id))
        found = {r.syspro_key: r for r in rows}
        session.expunge_all()
    return found


def health(env: EngineEnv, sync_id: int) -> tuple[str, str | None]:
    with env.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        return sync.health, sync.health_reason


def make_due(env: EngineEnv, sync_id: int) -> None:
    """The retry backoff has passed (as if an hour went by)."""
    with env.runtime.db.session() as session:
        session.execute(sa.update(SyncRecord).where(SyncRecord.board_sync_id == sync_id,
                                                    SyncRecord.state == "failed")
                        .values(next_attempt_at=utcnow()))


def id_column(env: EngineEnv, sync_id: int) -> str:
    with env.runtime.db.session() as session:
        return session.get(BoardSync, sync_id).provisioned_columns["syspro_id"]["id"]


def test_500_three_times_on_a_batch_with_one_refused_record(env: EngineEnv) -> None:
    sync_id, board_id, first = staged(env)
    culprit = first[7]
    control(env, "POST", "refused_values", {"value": culprit})
    control(env, "POST", "faults", {"kind": "server_error", "count": 3,
                                    "operation": "CreateItems"})
    total = len(records(env, sync_id))

    result = push(env.ctx, sync_id)

    assert (result.created, result.failed) == (total - 1, 1)
    on_board = items_by_key(env, board_id, id_column(env, sync_id))
    assert culprit not in on_board and len(on_board) == total - 1
    assert set(on_board.values()) == {1}  # no item twice
    failed = records(env, sync_id)[culprit]
    assert failed.state == "failed" and "invalid value" in failed.last_error
    assert health(env, sync_id) == (
        "failing", f"1 record failing; latest: {culprit}: {failed.last_error}")

    # The next push retries the culprit alone: the 24 landed for good.
    make_due(env, sync_id)
    before = mutations(env, board_id)
    again = push(env.ctx, sync_id)
    assert (again.created, again.updated, again.failed) == (0, 0, 1)
    assert mutations(env, board_id) - before == 1


def test_records_monday_answers_500_for_fail_alone(env: EngineEnv) -> None:
    sync_id, board_id, first = staged(env)
    culprits = [first[0], first[12], first[24]]
    for key in culprits:  # every request carrying one of these answers 500
        control(env, "POST", "faults", {"kind": "server_error", "count": 1000, "match": key,
                                        "operation": "CreateItems"})
    total = len(records(env, sync_id))

    result = push(env.ctx, sync_id)

    assert (result.created, result.failed) == (total - 3, 3)
    on_board = items_by_key(env, board_id, id_column(env, sync_id))
    assert len(on_board) == total - 3 and set(on_board.values()) == {1}
    stored = records(env, sync_id)
    for key in culprits:
        assert stored[key].state == "failed"
        assert "Internal server error" in stored[key].last_error
    state, reason = health(env, sync_id)
    assert state == "failing" and reason.startswith("3 records failing; latest: ")


@pytest.mark.parametrize("down", ["everything", "writes"])
def test_an_outage_blames_no_record(env: EngineEnv, down: str) -> None:
    sync_id, board_id, _ = staged(env)
    fault = {"kind": "server_error", "count": 100_000}
    if down == "writes":
        fault["operation"] = "CreateItems"  # reads answer: the split must still not blame
    else:
        env.ctx.settings = replace(env.ctx.settings, lookup_before_create=False)
    control(env, "POST", "faults", fault)
    requests_before = control(env, "GET", "stats").json()["requests"]

    with pytest.raises(MondayUnavailable):
        push(env.ctx, sync_id)
    sent = control(env, "GET", "stats").json()["requests"] - requests_before
    if down == "everything":
        assert sent == 6  # the batch and one read, three attempts each: then the push stops

    assert {r.state for r in records(env, sync_id).values()} == {"pending"}
    state, reason = health(env, sync_id)
    assert state == "monday_unavailable" and "records are not blamed" in reason
    assert control(env, "GET", f"boards/{board_id}/items").json() == []

    control(env, "DELETE", "faults")
    result = push(env.ctx, sync_id)
    assert result.failed == 0 and result.created == len(records(env, sync_id))
    assert health(env, sync_id) == ("ok", None)


def test_monday_going_down_mid_split_keeps_what_it_wrote(env: EngineEnv) -> None:
    sync_id, board_id, first = staged(env)
    control(env, "POST", "faults", {"kind": "server_error", "count": 100_000,
                                    "match": first[20], "operation": "CreateItems"})
    # The first read answers (the batch's 500 looks like a bad record), then monday is down.
    control(env, "POST", "faults", {"kind": "server_error", "count": 100_000, "after": 1,
                                    "operation": "Ping"})

    with pytest.raises(MondayUnavailable):
        push(env.ctx, sync_id)

    stored = records(env, sync_id)
    landed = {k for k, r in stored.items() if r.state == "synced"}
    # What monday accepted (the pieces before the culprit's) is saved with its item ids.
    assert landed == set(items_by_key(env, board_id, id_column(env, sync_id)))
    assert landed and first[20] not in landed and landed <= set(first)
    assert all(stored[k].monday_item_id for k in landed)
    assert {r.state for k, r in stored.items() if k not in landed} == {"pending"}

    control(env, "DELETE", "faults")
    before = mutations(env, board_id)
    result = push(env.ctx, sync_id)
    rest = len(stored) - len(landed)
    assert (result.created, result.failed, result.found_existing) == (rest, 0, 0)
    assert mutations(env, board_id) - before == rest
    on_board = items_by_key(env, board_id, id_column(env, sync_id))
    assert len(on_board) == len(stored) and set(on_board.values()) == {1}


def test_a_push_killed_mid_split_creates_nothing_twice(
    env: EngineEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    sync_id, board_id, first = staged(env)
    culprit = first[20]
    control(env, "POST", "faults", {"kind": "server_error", "count": 100_000, "match": culprit,
                                    "operation": "CreateItems"})
    # The re-run's batches need not match the first run's (they follow the window's free
    # slots), so its Idempotency-Keys may differ: the creates marked as sent are looked up.
    import sync.push_settle as push_settle

    def killed(*args: object, **kwargs: object) -> None:
        raise SystemExit("worker killed after monday answered, before anything was saved")

    with monkeypatch.context() as patch:
        patch.setattr(push_settle, "record", killed)
        with pytest.raises(SystemExit):
            push(env.ctx, sync_id)
    assert {r.state for r in records(env, sync_id).values()} == {"pending"}
    landed = len(items_by_key(env, board_id, id_column(env, sync_id)))
    assert landed > 0  # monday had written part of the batch before the kill

    result = push(env.ctx, sync_id)

    total = len(records(env, sync_id))
    assert (result.created, result.failed) == (total - 1, 1)
    assert result.found_existing == landed  # the landed creates were found, not made again
    on_board = items_by_key(env, board_id, id_column(env, sync_id))
    assert len(on_board) == total - 1 and set(on_board.values()) == {1}


def test_a_deleted_item_is_recreated_once(env: EngineEnv) -> None:
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    env.ctx.enqueue_push = None
    poll(env.ctx, sync_id)
    push(env.ctx, sync_id)
    # An invoice created alone: monday would replay that very create for 30 minutes.
    requests.post(f"{env.syspro.base_url}/_sandbox/ap-invoices", timeout=10, json={
        "supplier": env.syspro.app.state.data.table("ApSupplier").rows[0]["Supplier"],
        "invoice": "DEL-1", "amount": "100.00"}).raise_for_status()
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).created == 1
    key = next(k for k in records(env, sync_id) if k.endswith("DEL-1"))
    deleted = records(env, sync_id)[key].monday_item_id
    control(env, "DELETE", f"items/{deleted}")  # a person deletes it on monday

    row = records(env, sync_id)[key]
    requests.post(f"{env.syspro.base_url}/_sandbox/payments", timeout=10, json={
        "supplier": key.split("|")[0], "invoice": "DEL-1", "amount": str(Decimal("40"))},
    ).raise_for_status()
    assert poll(env.ctx, sync_id).changed == 1
    result = push(env.ctx, sync_id)

    assert (result.recreated, result.failed) == (1, 0)
    row = records(env, sync_id)[key]
    assert row.state == "synced" and row.monday_item_id != deleted
    on_board = items_by_key(env, board_id, id_column(env, sync_id))
    assert on_board[key] == 1 and set(on_board.values()) == {1}
    assert len(on_board) == len(records(env, sync_id))
    with env.runtime.db.session() as session:
        events = query(session, AuditFilter(account_id=env.account_id, actions=("recreated",)))
        assert [(e.syspro_id, e.item_id) for e in events] == [(key, row.monday_item_id)]
