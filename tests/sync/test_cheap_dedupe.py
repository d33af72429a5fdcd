"""The SYSPRO-id lookup before creates runs only where an item may exist already: a create
whose answer was lost, or a board that held items before its sync. An empty board's first
sync spends no complexity on it."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
import requests

from store import outbox
from store.board_syncs import load_spec
from store.types import utcnow
from sync import push_settle
from sync.poll import poll
from sync.provision import provision_board_sync
from sync.push import push
from tests.sync.conftest import EngineEnv

LOOKUP = "ItemsByColumnValues"


def _sandbox(engine_env: EngineEnv, method: str, path: str, body: Any = None) -> Any:
    answer = requests.request(method, f"{engine_env.monday.url}/_sandbox/{path}", json=body,
                              timeout=10)
    answer.raise_for_status()
    return answer.json()


def _spent(engine_env: EngineEnv) -> Counter[str]:
    return Counter(_sandbox(engine_env, "GET", "stats")["complexity_by_operation"])


def _polled(engine_env: EngineEnv, sync_id: int) -> int:
    engine_env.ctx.enqueue_push = None
    with engine_env.runtime.db.session() as session:
        spec = load_spec(session, engine_env.runtime.secret_box, sync_id)
    provision_board_sync(engine_env.ctx, spec, engine_env.ctx.monday_factory(spec))
    poll(engine_env.ctx, sync_id)
    with engine_env.runtime.db.session() as session:
        return len(outbox.due_records(session, sync_id, utcnow(), 10_000))


def _ids_on_board(engine_env: EngineEnv, board_id: str) -> Counter[str]:
    items = _sandbox(engine_env, "GET", f"boards/{board_id}/items")
    return Counter(item["name"] for item in items)


def test_an_empty_boards_first_sync_looks_nothing_up(engine_env: EngineEnv) -> None:
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "AP invoices")
    due = _polled(engine_env, sync_id)
    before = _spent(engine_env)
    result = push(engine_env.ctx, sync_id)
    spent = _spent(engine_env) - before
    assert result.created == due and result.failed == 0
    assert spent[LOOKUP] == 0, spent
    assert sum(_ids_on_board(engine_env, board_id).values()) == due


def test_a_board_with_items_before_its_sync_is_looked_up_cheaply(engine_env: EngineEnv) -> None:
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "AP invoices")
    _sandbox(engine_env, "POST", f"boards/{board_id}/items", {"name": "kept by hand",
                                                       "column_values": {}})
    due = _polled(engine_env, sync_id)
    before = _spent(engine_env)
    result = push(engine_env.ctx, sync_id)
    spent = _spent(engine_env) - before
    assert result.created == due
    assert spent[LOOKUP] > 0
    # Pages sized to the keys asked (25 keys, limit 30), not monday's 500 per request.
    requests_made = -(-due // 25)
    assert spent[LOOKUP] <= requests_made * (1_000 + 20 * 30)


def test_a_create_whose_answer_was_lost_is_found_not_made_twice(engine_env: EngineEnv) -> None:
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "AP invoices")
    due = _polled(engine_env, sync_id)

    def crash(*_: Any) -> None:  # monday created the items; the worker died before storing
        raise KeyboardInterrupt("killed")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(KeyboardInterrupt):
        patch.setattr(push_settle, "record", crash)
        push(engine_env.ctx, sync_id)
    landed = sum(_ids_on_board(engine_env, board_id).values())
    assert 0 < landed <= due
    # Half an hour later monday no longer replays the answer to the same Idempotency-Key:
    # only the lookup can tell that these creates landed.
    _sandbox(engine_env, "POST", "clock/advance", {"seconds": 1900})
    result = push(engine_env.ctx, sync_id)
    assert result.found_existing == landed and result.failed == 0
    names = _ids_on_board(engine_env, board_id)
    assert sum(names.values()) == due and max(names.values()) == 1
