"""The board view API end to end: a real sync against both sandboxes, seen and steered over
real HTTP with view session tokens, with the worker's jobs run by a real RQ worker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from jobs.sync_jobs import set_up_board_sync
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
    sync_id, board_id = api.stack.add_board_sync(entity, "AP invoices")
    set_up_board_sync.enqueue(api.stack.runtime.redis, sync_id)
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
    # Newest first; the retry a person asked for says who asked.
    assert [(e["action"], e["action_label"]) for e in history] == [
        ("created", "Created"), ("retried", "Retried"), ("failed", "Failed")]
    assert history[1]["detail"] == "retry asked by monday user 1 from the board view"
    assert history[-1]["detail"] == f"monday refused the date {BAD_DAY} in column Due date"
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


def test_retry_all_audits_each_record_with_who_asked(api: BoardApi) -> None:
    rows = api.stack.syspro.app.state.data.table("ApInvoice").rows
    bad = [rows[5], rows[6]]
    for row in bad:
        api.syspro("PATCH", "tables/ApInvoice/rows", {
            "key": [row["Supplier"], row["Invoice"]], "changes": {"DueDate": BAD_DAY}})
    api.monday("POST", "refused_values", {"value": BAD_DAY})
    sync_id, board_id = _first_sync(api)
    keys = sorted(f"{row['Supplier']}|{row['Invoice']}" for row in bad)
    failed = api.get(f"/api/board-syncs/{sync_id}/failed")["records"]
    assert sorted(r["syspro_key"] for r in failed) == keys
    path = f"/api/board-syncs/{sync_id}/audit"
    assert api.get(path, action="retried")["total"] == 0

    for row in bad:
        api.syspro("PATCH", "tables/ApInvoice/rows", {
            "key": [row["Supplier"], row["Invoice"]], "changes": {"DueDate": FIXED_DAY}})
    retried = api.call("POST", f"/api/board-syncs/{sync_id}/retry-failed")
    assert retried.status_code == 200 and retried.json() == {"retried": 2}, retried.text
    asked = api.get(path, action="retried")["entries"]
    assert sorted(e["syspro_id"] for e in asked) == keys
    assert {(e["action_label"], e["detail"]) for e in asked} == {
        ("Retried", "retry asked by monday user 1 from the board view")}
    assert all(e["at"].endswith("Z") for e in asked)
    api.run_jobs()
    assert api.get(f"/api/board-syncs/{sync_id}/failed")["records"] == []
    # Nothing failing is left: asking again retries (and audits) nothing.
    assert api.call("POST", f"/api/board-syncs/{sync_id}/retry-failed").json() == {"retried": 0}
    assert api.get(path, action="retried")["total"] == 2


def test_a_record_retried_before_its_fix_is_taken_once_fixed(api: BoardApi) -> None:
    """monday keeps a mutation's answer, refusals included, for 30 minutes under its
    Idempotency-Key: a create refused and sent again unchanged gets the refusal back, and the
    create sent after the fix must not carry the key of a refused one."""
    rows = api.stack.syspro.app.state.data.table("ApInvoice").rows
    bad = rows[5]
    where = {"key": [bad["Supplier"], bad["Invoice"]]}
    api.syspro("PATCH", "tables/ApInvoice/rows", {**where, "changes": {"DueDate": BAD_DAY}})
    api.monday("POST", "refused_values", {"value": BAD_DAY})
    sync_id, board_id = _first_sync(api)
    failed = api.get(f"/api/board-syncs/{sync_id}/failed")["records"]
    assert len(failed) == 1

    # Retried before anyone fixed it: refused again, one more attempt.
    api.call("POST", f"/api/records/{failed[0]['id']}/retry")
    api.run_jobs()
    failed = api.get(f"/api/board-syncs/{sync_id}/failed")["records"]
    assert [r["attempts"] for r in failed] == [2]

    # Fixed in SYSPRO and retried at once: created.
    api.syspro("PATCH", "tables/ApInvoice/rows", {**where, "changes": {"DueDate": FIXED_DAY}})
    api.call("POST", f"/api/records/{failed[0]['id']}/retry")
    api.run_jobs()
    assert api.get(f"/api/board-syncs/{sync_id}/failed")["records"] == []
    assert len(api.board_items(board_id)) == len(rows)  # every invoice once, the fixed one too


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


def _columns(api: BoardApi, board_id: str) -> dict[str, str]:
    """Board column title -> id, as monday has them."""
    board = next(b for b in api.monday("GET", "boards") if b["id"] == board_id)
    return {c["title"]: c["id"] for c in board["columns"]}


def _texts(api: BoardApi, board_id: str, title: str) -> dict[str, str | None]:
    """Item name -> the text of column `title`."""
    column = _columns(api, board_id)[title]
    return {i["name"]: i["column_values"][column]["text"] for i in api.board_items(board_id)}


def _updates(api: BoardApi, sync_id: int) -> int:
    return api.get(f"/api/board-syncs/{sync_id}/audit", action="updated")["total"]


def test_mapping_previewed_writes_nothing_then_saved_changes_the_items(api: BoardApi) -> None:
    sync_id, board_id = _first_sync(api)
    path = f"/api/board-syncs/{sync_id}/mapping"
    shown = api.get(path)
    mapping = shown["mapping"]
    assert mapping["name_template"] == "{Invoice} · {Supplier}"
    assert {"field": "PostCurrency", "label": "Post currency", "type": "text"} in shown["fields"]
    assert "date" in shown["column_types"]
    paid = sum(1 for s in _texts(api, board_id, "SYSPRO status").values() if s == "Paid")
    assert paid

    # 1. Only a status label: only the paid records are written again.
    mapping["status_labels"]["Paid"] = "Settled"
    saved = api.call("PUT", path, json={"mapping": mapping})
    assert saved.status_code == 200, saved.text
    assert saved.json()["reprovision"] == "queued"
    api.run_jobs()
    assert _updates(api, sync_id) == paid
    statuses = _texts(api, board_id, "SYSPRO status").values()
    assert sum(1 for s in statuses if s == "Settled") == paid and "Paid" not in statuses

    # 2. Preview a new name, a renamed column and an added field: nothing reaches monday.
    due = next(c for c in mapping["columns"] if c["field"] == "DueDate")
    due["column_title"] = "Payment due"
    mapping["columns"].append({"field": "PostCurrency", "column_title": "Post currency",
                               "column_type": "text", "enabled": True})
    mapping["name_template"] = "{Supplier} / {Invoice}"
    before = (api.mutations(board_id), _columns(api, board_id),
              sorted(i["name"] for i in api.board_items(board_id)))
    previewed = api.call("POST", f"{path}/preview", json={"mapping": mapping})
    assert previewed.status_code == 200, previewed.text
    items = previewed.json()["items"]
    assert len(items) == 10
    supplier, invoice = items[0]["syspro_key"].split("|")
    assert items[0]["name"] == f"{supplier.strip()} / {invoice}"
    cells = {c["column_title"]: c for c in items[0]["cells"]}
    assert cells["Payment due"]["column_type"] == "date" and cells["Payment due"]["text"]
    assert cells["Post currency"]["text"] == "ZAR"
    assert (api.mutations(board_id), _columns(api, board_id),
            sorted(i["name"] for i in api.board_items(board_id))) == before
    assert api.get(path)["mapping"]["name_template"] == "{Invoice} · {Supplier}"

    # 3. Saved: a new title alone is a new column, filled on every item (no value changed,
    # so the records are written again because their column moved).
    renamed = {**shown["mapping"], "status_labels": mapping["status_labels"],
               "columns": [c for c in mapping["columns"] if c["field"] != "PostCurrency"],
               "name_template": "{Invoice} · {Supplier}"}
    assert api.call("PUT", path, json={"mapping": renamed}).status_code == 200
    api.run_jobs()
    assert all(_texts(api, board_id, "Payment due").values())
    assert api.call("PUT", path, json={"mapping": mapping}).status_code == 200
    api.run_jobs()
    columns = _columns(api, board_id)
    assert {"Payment due", "Post currency", "Due date"} <= set(columns)
    names = {i["name"] for i in api.board_items(board_id)}
    assert f"{supplier.strip()} / {invoice}" in names and len(names) == len(before[2])
    assert set(_texts(api, board_id, "Post currency").values()) == {"ZAR"}
    assert all(_texts(api, board_id, "Payment due").values())
    assert _view(api, board_id)["records"]["failed"] == 0


def test_a_bad_mapping_names_every_problem_and_changes_nothing(api: BoardApi) -> None:
    sync_id, _ = api.stack.add_board_sync("supplier_invoices", "AP invoices")
    path = f"/api/board-syncs/{sync_id}/mapping"
    mapping = api.get(path)["mapping"]
    mapping["columns"][2]["column_title"] = "Supplier"  # duplicate of column 1
    mapping["columns"].append({"field": "NoSuchField", "column_title": "X",
                               "column_type": "text", "enabled": True})
    mapping["columns"].append({"field": "PostCurrency", "column_title": "Y",
                               "column_type": "hologram", "enabled": True})
    mapping["status_labels"]["Lost"] = "Gone"
    mapping["name_template"] = "{Invoice} {Nope}"
    for method, url in (("PUT", path), ("POST", f"{path}/preview")):
        refused = api.call(method, url, json={"mapping": mapping})
        assert refused.status_code == 422, refused.text
        errors = {e["field"]: e["message"] for e in refused.json()["errors"]}
        assert set(errors) == {"mapping.columns[2].column_title", "mapping.columns[11].field",
                               "mapping.columns[12].column_type",
                               "mapping.status_labels.Lost", "mapping.name_template"}
        assert "already used" in errors["mapping.columns[2].column_title"]
        assert "unknown placeholder {Nope}" in errors["mapping.name_template"]
    assert api.call("PUT", path, json={"mapping": "x"}).status_code == 422
    assert api.get(path)["mapping"]["name_template"] == "{Invoice} · {Supplier}"
