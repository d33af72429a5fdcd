"""The column-mapping preview shows what the next poll would write, over real HTTP against both
sandboxes: the poll's own read from the saved cursor, the records it would stage (new or
changed), and, when it would write nothing, the records last written, saying so. A preview
changes nothing: no record, no cursor, no monday call."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from store.models import BoardSync, SyncRecord
from sync.poll import poll
from sync.push import push
from tests.app.board_api_env import BoardApi, board_api


@pytest.fixture
def api(app_config, monkeypatch) -> Iterator[BoardApi]:
    with board_api(app_config, monkeypatch) as running:
        yield running


def _preview(api: BoardApi, sync_id: int) -> dict[str, Any]:
    path = f"/api/board-syncs/{sync_id}/mapping"
    mapping = api.get(path)["mapping"]
    answer = api.call("POST", f"{path}/preview", json={"mapping": mapping})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _state(api: BoardApi, sync_id: int, board_id: str) -> tuple[Any, ...]:
    with api.stack.runtime.db.session() as session:
        cursor = session.get(BoardSync, sync_id).cursor_state
        records = sorted((r.syspro_key, r.state, r.content_hash, r.pending_hash)
                         for r in session.query(SyncRecord).filter_by(board_sync_id=sync_id))
    return cursor, records, api.mutations(board_id)


def _staged_keys(api: BoardApi, sync_id: int) -> list[str]:
    with api.stack.runtime.db.session() as session:
        return [r.syspro_key for r in session.query(SyncRecord).filter(
            SyncRecord.board_sync_id == sync_id, SyncRecord.pending_hash.isnot(None))]


def test_the_preview_shows_what_the_next_poll_would_write(api: BoardApi) -> None:
    sync_id, board_id = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    ctx = api.stack.ctx
    ctx.enqueue_push = None
    rows = api.stack.syspro.app.state.data.table("ApInvoice").rows

    # 1. Before the first poll: the first sync's records, exactly the ones the poll stages.
    before = _state(api, sync_id, board_id)
    first = _preview(api, sync_id)
    assert first["source"] == "next_poll" and len(first["items"]) == 10
    assert first["source_text"] == "the next 10 records the next poll would write"
    assert _state(api, sync_id, board_id) == before  # nothing written
    poll(ctx, sync_id)
    assert {i["syspro_key"] for i in first["items"]} <= set(_staged_keys(api, sync_id))
    push(ctx, sync_id)

    # 2. In step with SYSPRO: the next poll writes nothing; the records last written instead.
    quiet = _preview(api, sync_id)
    assert quiet["source"] == "recent" and len(quiet["items"]) == 10
    assert quiet["source_text"].startswith("the next poll would write nothing now")
    with api.stack.runtime.db.session() as session:
        on_board = {r.syspro_key for r in session.query(SyncRecord).filter_by(
            board_sync_id=sync_id, state="synced")}
    assert {i["syspro_key"] for i in quiet["items"]} <= on_board

    # 3. Two invoices change in SYSPRO: the preview shows those two and no other, as the poll
    # that follows stages them.
    changed = [rows[3], rows[7]]
    for row in changed:
        api.syspro("PATCH", "tables/ApInvoice/rows", {
            "key": [row["Supplier"], row["Invoice"]], "changes": {"DueDate": "2031-05-05"}})
    before = _state(api, sync_id, board_id)
    news = _preview(api, sync_id)
    assert news["source"] == "next_poll"
    keys = sorted(f"{row['Supplier']}|{row['Invoice']}" for row in changed)
    assert sorted(i["syspro_key"] for i in news["items"]) == keys
    due = {c["column_title"]: c["text"] for c in news["items"][0]["cells"]}["Due date"]
    assert due == "2031-05-05"
    assert _state(api, sync_id, board_id) == before  # still nothing written
    poll(ctx, sync_id)
    assert sorted(_staged_keys(api, sync_id)) == keys
