"""Full boards, end to end: both sandboxes over real HTTP, the monday sandbox capping the items
created through the API per board (ItemsLimitationException past the cap), 500 supplier
invoices (194 open, 306 paid long ago).

- archive: every open record active on the board, every paid one archived, nothing failed;
  a payment on an archived invoice updates that archived item (no second item);
- rollover: two boards, every record on exactly one, old items still updated on the old board;
- stop: the board fills, the rest wait pending with health "board_full", updates go on.
A few items a person made through another app (monday counts them, the connector does not)
make monday refuse creates the local count still had room for: the count drifts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
import requests
import sqlalchemy as sa

from sandbox.syspro.seed import ANCHOR, SeedSize
from store.audit import AuditFilter, query
from store.board_capacity import CapacityLimits
from store.board_health import board_sync_summaries
from store.models import BoardSync, SyncRecord
from sync.poll import poll
from sync.push import push
from tests.sync.conftest import EngineEnv, make_engine_env
from tests.sync.test_end_to_end_worker import Worker, poll_all, settle

pytestmark = pytest.mark.slow

SEED = SeedSize(suppliers=20, customers=5, supplier_invoices=500, purchase_orders=5,
                customer_invoices=5, stock_items=5, gl_accounts=5)
OPEN, SETTLED = 194, 306  # the seed's open and paid invoices (paid in 2024-2025)
HAND_MADE = 3


def capped_env(app_config: dict, monkeypatch: pytest.MonkeyPatch, cap: int
               ) -> Iterator[EngineEnv]:
    # The connector's limit and the sandbox's cap agree, as monday's 10,000 would.
    monkeypatch.setenv("SYNC_BOARD_ITEM_LIMIT", str(cap))
    monkeypatch.setenv("MONDAY_BACKOFF_BASE_SECONDS", "0.01")
    yield from make_engine_env(app_config, monkeypatch, seed=SEED, board_item_cap=cap,
                               board_mutations_per_minute=200)


@pytest.fixture
def env(app_config, monkeypatch, request) -> Iterator[EngineEnv]:
    yield from capped_env(app_config, monkeypatch, getattr(request, "param", 200))


def control(env: EngineEnv, method: str, path: str, body: dict | None = None) -> object:
    response = requests.request(method, f"{env.monday.url}/_sandbox/{path}", json=body,
                                timeout=30)
    response.raise_for_status()
    return response.json()


def syspro(env: EngineEnv, path: str, body: dict) -> None:
    requests.post(f"{env.syspro.base_url}/_sandbox/{path}", json=body,
                  timeout=30).raise_for_status()


def items(env: EngineEnv, board_id: str, state: str = "active") -> list[dict]:
    found = control(env, "GET", f"boards/{board_id}/items?state={state}")
    assert isinstance(found, list)
    return found


def keys_of(env: EngineEnv, sync_id: int, found: list[dict]) -> Counter[str]:
    """SYSPRO IDs of items (hand-made items carry none and are left out)."""
    with env.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        id_columns = {sync.provisioned_columns["syspro_id"]["id"]} | {
            b["columns"]["syspro_id"]["id"] for b in sync.past_boards}
    keys: Counter[str] = Counter()
    for item in found:
        for column_id in id_columns:
            text = (item["column_values"].get(column_id) or {}).get("text")
            if text:
                keys[text] += 1
    return keys


def records(env: EngineEnv, sync_id: int) -> dict[str, SyncRecord]:
    with env.runtime.db.session() as session:
        rows = session.scalars(sa.select(SyncRecord).where(SyncRecord.board_sync_id == sync_id))
        found = {r.syspro_key: r for r in rows}
        session.expunge_all()
    return found


def open_keys(env: EngineEnv) -> set[str]:
    rows = env.syspro.app.state.data.table("ApInvoice").rows
    return {f"{r['Supplier']}|{r['Invoice']}" for r in rows
            if r["MthInvBal1"] + r["MthInvBal2"] + r["MthInvBal3"] != 0}


def hand_made_items(env: EngineEnv, board_id: str) -> None:
    for n in range(HAND_MADE):
        control(env, "POST", f"boards/{board_id}/items", {"name": f"Made by hand {n}"})


def pay(env: EngineEnv, key: str, amount: str = "10.00") -> None:
    supplier, invoice = key.split("|")
    syspro(env, "payments", {"supplier": supplier, "invoice": invoice, "amount": amount,
                             "journal_date": ANCHOR.isoformat()})


def summary(env: EngineEnv, sync_id: int, limit: int) -> dict:
    with env.runtime.db.session() as session:
        rows = board_sync_summaries(session, env.account_id, CapacityLimits(item_limit=limit))
    return next(r for r in rows if r["id"] == sync_id)


def test_archive_policy_keeps_every_open_record_on_a_capped_board(env: EngineEnv) -> None:
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices")
    hand_made_items(env, board_id)
    worker = Worker(env, 200).start()
    try:
        poll_all(env, [sync_id])
        settle(env, [sync_id], timeout=300)
        state = records(env, sync_id)
        assert len(state) == OPEN + SETTLED
        assert Counter(r.state for r in state.values()) == {"synced": OPEN + SETTLED}
        active, archived = keys_of(env, sync_id, items(env, board_id)), keys_of(
            env, sync_id, items(env, board_id, "archived"))
        assert set(active) == open_keys(env) and len(active) == OPEN
        assert set(archived) == set(state) - open_keys(env) and len(archived) == SETTLED
        assert max((active + archived).values()) == 1  # no record twice
        assert {k for k, r in state.items() if r.archived_at} == set(archived)

        # The board sits above 80 % of its cap: the summary warns, in words.
        capacity = summary(env, sync_id, 200)["capacity"]
        assert capacity | {"reason": None} == {
            "items": OPEN, "limit": 200, "ratio": 0.97, "warn": True, "policy": "archive",
            "archive_after_days": 90, "past_boards": [], "reason": None}
        assert capacity["reason"].startswith("Board 97% full: 194 of 200 items")
        assert summary(env, sync_id, 1000)["capacity"]["warn"] is False

        # A payment posted on an archived invoice updates that archived item.
        key = sorted(archived)[0]
        item_id = state[key].monday_item_id
        pay(env, key)
        worker.stop()
        env.ctx.enqueue_push = None
        poll(env.ctx, sync_id)
        again = push(env.ctx, sync_id)
        assert (again.created, again.updated, again.failed) == (0, 1, 0), again
        everything = keys_of(env, sync_id, items(env, board_id, "all"))
        assert everything[key] == 1
        after = records(env, sync_id)[key]
        assert after.monday_item_id == item_id and after.state == "synced"
        archived_item = next(i for i in items(env, board_id, "archived") if i["id"] == item_id)
        assert "-10" in {v["text"] for v in archived_item["column_values"].values()}
        with env.runtime.db.session() as session:
            trail = list(query(session, AuditFilter(account_id=env.account_id, syspro_id=key)))
        assert [e.action for e in trail][:2] == ["updated", "archived"], [
            (e.action, e.synced_at, e.item_id) for e in trail]
        assert {e.item_id for e in trail} == {item_id}
    finally:
        worker.stop()


@pytest.mark.parametrize("env", [300], indirect=True)
def test_rollover_puts_every_record_on_exactly_one_of_two_boards(env: EngineEnv) -> None:
    sync_id, first_board = env.add_board_sync("supplier_invoices", "AP invoices",
                                              capacity_policy="rollover")
    hand_made_items(env, first_board)  # monday will refuse before the local count says full
    env.ctx.enqueue_push = None
    poll(env.ctx, sync_id)
    result = push(env.ctx, sync_id)
    assert result.failed == 0 and result.waiting_for_room == 0
    with env.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        second_board, past = sync.board_id, [b["board_id"] for b in sync.past_boards]
    assert past == [first_board] and second_board != first_board
    names = {b["id"]: b["name"] for b in control(env, "GET", "boards")}  # type: ignore[union-attr]
    assert names[second_board].startswith("Supplier invoices 20")
    on_first = keys_of(env, sync_id, items(env, first_board))
    on_second = keys_of(env, sync_id, items(env, second_board))
    assert sum(on_first.values()) == 300 - HAND_MADE
    assert not set(on_first) & set(on_second)
    assert sorted((on_first + on_second).elements()) == sorted(records(env, sync_id))
    state = records(env, sync_id)
    assert all(state[k].monday_board_id == first_board for k in on_first)
    assert all(state[k].monday_board_id == second_board for k in on_second)

    # An invoice on the old board is paid: its item there is updated, nothing is created.
    key = sorted(k for k in on_first if k in open_keys(env))[0]
    pay(env, key)
    poll(env.ctx, sync_id)
    again = push(env.ctx, sync_id)
    assert (again.created, again.updated, again.failed) == (0, 1, 0)
    assert keys_of(env, sync_id, items(env, first_board))[key] == 1
    assert key not in keys_of(env, sync_id, items(env, second_board))


def test_stop_policy_fills_the_board_and_keeps_the_rest_pending(env: EngineEnv) -> None:
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP invoices",
                                           capacity_policy="stop")
    hand_made_items(env, board_id)
    env.ctx.enqueue_push = None
    poll(env.ctx, sync_id)
    result = push(env.ctx, sync_id)
    on_board = keys_of(env, sync_id, items(env, board_id))
    assert sum(on_board.values()) == 200 - HAND_MADE and result.failed == 0
    state = records(env, sync_id)
    waiting = {k for k, r in state.items() if r.monday_item_id is None}
    assert len(waiting) == OPEN + SETTLED - (200 - HAND_MADE) == result.waiting_for_room
    assert {state[k].state for k in waiting} == {"pending"}  # nothing lost, nothing failed
    with env.runtime.db.session() as session:
        sync = session.get(BoardSync, sync_id)
        health, reason = sync.health, sync.health_reason
    assert health == "board_full"
    assert reason.startswith("Board full: 200 items created through the API")
    assert f"{len(waiting)} new records wait" in reason and "Updates to existing" in reason

    # Updates to items already on the board go on.
    key = sorted(k for k in on_board if k in open_keys(env))[0]
    pay(env, key)
    poll(env.ctx, sync_id)
    again = push(env.ctx, sync_id)
    assert (again.created, again.updated, again.failed) == (0, 1, 0)
    assert records(env, sync_id)[key].state == "synced"
    assert summary(env, sync_id, 200)["capacity"]["warn"] is True
