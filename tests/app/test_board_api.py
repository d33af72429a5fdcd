"""The board view API end to end: a real sync against both sandboxes, seen and steered over
real HTTP with view session tokens, with the worker's jobs run by a real RQ worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from jobs.schedule import enqueue_provision
from store.models import BoardSync
from sync.poll import poll
from sync.push import push
from tests.app.board_api_env import CHANGES, BoardApi, board_api

BAD_DAY, FIXED_DAY = "2031-02-28", "2031-03-03"
PADDED_SUPPLIER = "   0000003"  # SYSPRO pads keys with leading spaces


@pytest.fixture
def api(app_config, monkeypatch) -> Iterator[BoardApi]:
    with board_api(app_config, monkeypatch) as running:
        yield running


def _first_sync(api: BoardApi, entity: str = "supplier_invoices") -> tuple[int, str]:
    """A board sync provisioned, polled and pushed by the worker: (sync id, board id)."""
    from rq import Queue

    sync_id, board_id = api.stack.add_board_sync(entity, "AP invoices")
    enqueue_provision(Queue("default", connection=api.stack.runtime.redis), sync_id)
    api.run_jobs()
    return sync_id, board_id


def _view(api: BoardApi, board_id: str) -> dict:
    body = api.get(f"/api/boards/{board_id}/view")
    assert len(body["syncs"]) == 1
    return body["syncs"][0]


def test_sync_seen_failed_record_fixed_retried_and_gone(api: BoardApi) -> None:
    rows = api.stack.syspro.app.state.data.table("ApInvoice").rows
    bad = rows[5]
    bad_key = f"{bad['Supplier']}|{bad['Invoice']}"
    api.syspro("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"DueDate": BAD_DAY}})
    api.syspro("POST", "ap-invoices", {"supplier": PADDED_SUPPLIER, "invoice": "PAD-1",
                                       "amount": "10.00"})
    api.monday("POST", "refused_values", {"value": BAD_DAY})
    total = len(rows)

    sync_id, board_id = _first_sync(api)

    sync = _view(api, board_id)
    assert sync["records"] == {"synced": total - 1, "pending": 0, "failed": 1}
    assert (sync["health"], sync["health_text"]) == ("failing", "1 record failed")
    assert sync["health_reason"] == (f"{bad_key}: monday refused the date {BAD_DAY} in column "
                                     "Due date")
    assert sync["entity_label"] == "Supplier invoices" and sync["mode"] == "sync"
    assert sync["title"] == "Supplier invoices from SYSPRO — SYSPRO sandbox"
    assert sync["progress"]["active"] is False
    assert sync["progress"]["pushed"] == sync["progress"]["staged"] == total - 1
    assert sync["last_poll_at"].endswith("Z") and len(sync["last_poll_at"]) == 20

    hours = api.get(f"/api/board-syncs/{sync_id}/history", days=7)["hours"]
    assert len(hours) == 7 * 24 and hours[-1]["hour"] == datetime.now(UTC).strftime(
        "%Y-%m-%dT%H:00:00Z")
    assert sum(h["created"] for h in hours) == total - 1
    assert sum(h["failed"] for h in hours) == 1

    failed = api.get(f"/api/board-syncs/{sync_id}/failed")["records"]
    assert [(r["syspro_key"], r["reason"]) for r in failed] == [
        (bad_key, f"monday refused the date {BAD_DAY} in column Due date")]
    assert failed[0]["attempts"] == 1 and failed[0]["next_retry_at"].endswith("Z")

    # A member sees but cannot change anything.
    for method, path, body in CHANGES:
        refused = api.call(method, path.format(record=failed[0]["id"], sync=sync_id),
                           admin=False, json=body)
        assert refused.status_code == 403, (path, refused.text)
        assert refused.json()["error"] == "forbidden"

    # Fixed in SYSPRO, retried: the worker reads it again and monday takes it.
    api.syspro("PATCH", "tables/ApInvoice/rows", {
        "key": [bad["Supplier"], bad["Invoice"]], "changes": {"DueDate": FIXED_DAY}})
    retried = api.call("POST", f"/api/records/{failed[0]['id']}/retry")
    assert retried.status_code == 200 and retried.json()["record"]["result"]
    api.run_jobs()
    assert api.get(f"/api/board-syncs/{sync_id}/failed")["records"] == []
    sync = _view(api, board_id)
    assert (sync["health"], sync["health_text"], sync["health_reason"]) == (
        "ok", "Healthy", None)
    assert sync["records"]["failed"] == 0

    _audit_filters(api, sync_id, bad_key, total)


def _audit_filters(api: BoardApi, sync_id: int, bad_key: str, total: int) -> None:
    path = f"/api/board-syncs/{sync_id}/audit"
    for typed in ("0000003|PAD-1", f"{PADDED_SUPPLIER}|PAD-1", "  0000003 | PAD-1 "):
        found = api.get(path, syspro_id=typed)
        assert [e["syspro_id"] for e in found["entries"]] == [f"{PADDED_SUPPLIER}|PAD-1"], typed
        assert found["entries"][0]["action_label"] == "Created"
    history = api.get(path, syspro_id=bad_key)["entries"]
    assert [e["action"] for e in history] == ["created", "failed"]  # newest first
    assert history[-1]["detail"].startswith("monday refused")
    assert api.get(path, action="failed")["total"] == 1
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    assert api.get(path, until=yesterday)["total"] == 0
    assert api.get(path, since=datetime.now(UTC).date().isoformat())["total"] >= total
    first, second = (api.get(path, per_page=5, page=n) for n in (1, 2))
    assert first["total"] == second["total"] >= total and len(first["entries"]) == 5
    assert not {e["syspro_id"] for e in first["entries"]} & {
        e["syspro_id"] for e in second["entries"]}
    times = [e["at"] for e in first["entries"] + second["entries"]]
    assert times == sorted(times, reverse=True)
    assert {"value": "created", "label": "Created"} in first["actions"]


class _CutShort(Exception):
    pass


def test_first_sync_progress_pause_backfill_and_bad_input(api: BoardApi) -> None:
    sync_id, board_id = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    ctx = api.stack.ctx
    ctx.enqueue_push = None
    poll(ctx, sync_id)
    batches: list[int] = []

    def one_batch(count: int) -> None:  # the push is cut short after its first batch
        batches.append(count)
        raise _CutShort

    with pytest.raises(_CutShort):
        push(ctx, sync_id, progress=one_batch)
    written = SimpleNamespace(created=batches[0])

    progress = _view(api, board_id)["progress"]
    total = len(api.stack.syspro.app.state.data.table("ApInvoice").rows)
    assert progress["active"] is True and progress["kind"] == "first_sync"
    assert (progress["staged"], progress["pushed"]) == (total, written.created)
    assert progress["rate_per_minute"] > 0
    pending = total - written.created
    expected = pending / progress["rate_per_minute"] * 60
    assert progress["eta_seconds"] == pytest.approx(expected, rel=0.05)

    paused = api.call("PUT", f"/api/board-syncs/{sync_id}/paused", json={"paused": True})
    assert paused.status_code == 200 and paused.json()["board_sync"]["paused"] is True
    assert paused.json()["board_sync"]["health"] == "paused"
    refused = api.call("POST", f"/api/board-syncs/{sync_id}/sync-now")
    assert refused.status_code == 422 and refused.json()["errors"][0]["field"] == "paused"
    resumed = api.call("PUT", f"/api/board-syncs/{sync_id}/paused", json={"paused": False})
    assert resumed.json()["board_sync"]["paused"] is False
    assert api.call("POST", f"/api/board-syncs/{sync_id}/sync-now").json() == {"queued": True}

    queued = api.call("POST", f"/api/board-syncs/{sync_id}/backfill",
                      json={"from": "2020-01-01", "to": "2020-12-31"})
    assert queued.json() == {"queued": True, "from": "2020-01-01", "to": "2020-12-31"}
    api.run_jobs()
    with api.stack.runtime.db.session() as session:
        assert session.get(BoardSync, sync_id).wave_kind == "backfill"
    sync = _view(api, board_id)
    assert sync["records"] == {"synced": total, "pending": 0, "failed": 0}
    assert sync["progress"]["active"] is False

    for method, path, body, field in (
        ("PUT", "paused", {"paused": "yes"}, "paused"),
        ("POST", "backfill", {"from": "2024-02-30", "to": "2024-03-01"}, "from"),
        ("POST", "backfill", {"from": "2024-03-01", "to": "2024-02-01"}, "to"),
        ("POST", "backfill", {"to": "2024-02-01"}, "from"),
    ):
        bad = api.call(method, f"/api/board-syncs/{sync_id}/{path}", json=body)
        assert bad.status_code == 422, (path, body, bad.text)
        assert bad.json()["error"] == "invalid" and bad.json()["errors"][0]["field"] == field
    for params, field in (({"action": "nope"}, "action"), ({"since": "2024-13-01"}, "since"),
                          ({"per_page": "0"}, "per_page")):
        bad = api.call("GET", f"/api/board-syncs/{sync_id}/audit", params=params)
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == field
    assert api.call("GET", "/api/board-syncs/999999/failed").status_code == 404
