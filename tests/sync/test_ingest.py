"""First syncs through ingest_items, end to end over real HTTP (both sandboxes, inline engine).

The same invoices go to one board by ingest_items and to another by plain mutations: every
item must be identical on both (one value conversion), match SYSPRO, and carry its item id in
the local map so a later payment is an update by id. A row monday's report marks failed
fails its record with a plain reason. Where the API version has no ingest_items, or monday
refuses the job, the push falls back to mutations and still brings every record.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests
import sqlalchemy as sa

from store.board_syncs import load_spec
from store.models import IngestJob, SyncRecord
from sync.poll import poll
from sync.push import push
from tests.sync.conftest import make_engine_env

INGEST_ENV = {"MONDAY_INGEST_MIN_RECORDS": "20"}


def _items(env, sync_id: int, board_id: str) -> dict[str, dict]:
    """The board's items by SYSPRO ID, their column values keyed by the mapping's names."""
    with env.runtime.db.session() as session:
        columns = load_spec(session, env.runtime.secret_box, sync_id).provisioned_columns
    names = {c["id"]: key for key, c in columns.items()}
    response = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10)
    response.raise_for_status()
    body = response.json()
    found = {}
    for item in body["items"] if isinstance(body, dict) else body:
        values = {names[c]: v for c, v in item["column_values"].items() if c in names}
        found[values["syspro_id"]["text"]] = {**item, "values": values}
    return found


def _records(env, sync_id: int) -> list[SyncRecord]:
    with env.runtime.db.session() as session:
        rows = session.scalars(sa.select(SyncRecord).where(SyncRecord.board_sync_id == sync_id))
        return [r for r in rows]


def _first_sync(env, board_name: str) -> tuple[int, str, object]:
    sync_id, board_id = env.add_board_sync("supplier_invoices", board_name, first_sync="all")
    poll(env.ctx, sync_id)
    return sync_id, board_id, push(env.ctx, sync_id)


@pytest.fixture
def env(app_config, monkeypatch):
    for key, value in INGEST_ENV.items():
        monkeypatch.setenv(key, value)
    yield from make_engine_env(app_config, monkeypatch)


def test_first_sync_by_ingest_matches_syspro_and_the_mutation_path(env, monkeypatch) -> None:
    env.ctx.enqueue_push = None
    invoices = env.syspro.app.state.data.table("ApInvoice").rows
    refused = invoices[7]
    refused_key = next(iter(_items_keys(env, refused)))
    requests.post(f"{env.monday.url}/_sandbox/refused_values", json={"value": refused_key},
                  timeout=10).raise_for_status()

    sync_id, board_id, result = _first_sync(env, "AP by ingest")
    sandbox = env.monday.sandbox
    assert sandbox.ingest.stats["jobs"] == 1
    assert result.ingested == len(invoices)
    assert (result.created, result.failed) == (len(invoices) - 1, 1)
    creates = sandbox.stats.mutations_by_board.get(board_id, 0)
    assert creates < 20  # columns and the one ingest_items call, not one call per invoice

    failed = [r for r in _records(env, sync_id) if r.state == "failed"]
    assert [r.syspro_key for r in failed] == [refused_key]
    assert "monday's bulk import refused this record" in (failed[0].last_error or "")
    assert "cannot be stored" in (failed[0].last_error or "")

    # The same records by mutations on another board: every item identical.
    monkeypatch.setenv("MONDAY_INGEST_ENABLED", "false")
    requests.delete(f"{env.monday.url}/_sandbox/refused_values", timeout=10)
    plain_sync, plain_board, plain = _first_sync(env, "AP by mutations")
    assert plain.ingested == 0 and plain.created == len(invoices)
    by_ingest = _items(env, sync_id, board_id)
    by_mutation = _items(env, plain_sync, plain_board)
    assert set(by_mutation) - set(by_ingest) == {refused_key}
    for key, item in by_ingest.items():
        other = by_mutation[key]
        assert item["name"] == other["name"], key
        assert {c: v["value"] for c, v in item["values"].items()} == {
            c: v["value"] for c, v in other["values"].items()}, key

    # Against SYSPRO, and the local key -> item id map is filled.
    records = {r.syspro_key: r for r in _records(env, sync_id)}
    for row in invoices:
        key = next(iter(_items_keys(env, row)))
        if key == refused_key:
            continue
        item = by_ingest[key]
        assert records[key].monday_item_id == item["id"]
        amount = Decimal(item["values"]["amount"]["text"] or "0")
        assert amount == Decimal(str(row["OrigInvValue"])), key

    # A later payment is an update by id, not another import.
    open_invoice = next(r for r in invoices if r["MthInvBal1"] > 0 and r is not refused)
    requests.post(f"{env.syspro.base_url}/_sandbox/payments", json={
        "supplier": open_invoice["Supplier"], "invoice": open_invoice["Invoice"],
        "amount": "1.00"}, timeout=10).raise_for_status()
    monkeypatch.delenv("MONDAY_INGEST_ENABLED")
    poll(env.ctx, sync_id)
    later = push(env.ctx, sync_id)
    assert later.updated >= 1 and later.ingested == 0
    assert sandbox.ingest.stats["jobs"] == 1


def _items_keys(env, row: dict) -> set[str]:
    """A SYSPRO row's key as the sync stores it (the entity's key fields)."""
    from syspro.entities import CATALOGUE, make_transaction_id

    spec = CATALOGUE["supplier_invoices"]
    return {make_transaction_id([str(row[k]) for k in spec.keys])}


@pytest.mark.parametrize("options, reason", [
    ({"ingest_from_version": "2027-01"}, "GRAPHQL_VALIDATION_FAILED"),  # no ingest_items
    ({"ingest_refuse": "PERMISSION_DENIED"}, "PERMISSION_DENIED"),
    ({"ingest_items_per_hour": 50}, "ACCOUNT_CAPACITY_EXCEEDED"),
])
def test_refused_or_missing_ingest_falls_back_to_mutations(
        app_config, monkeypatch, options, reason) -> None:
    for key, value in INGEST_ENV.items():
        monkeypatch.setenv(key, value)
    for stack in make_engine_env(app_config, monkeypatch, **options):
        stack.ctx.enqueue_push = None
        invoices = stack.syspro.app.state.data.table("ApInvoice").rows
        sync_id, board_id, result = _first_sync(stack, "AP fallback")
        assert (result.ingested, result.created, result.failed) == (0, len(invoices), 0)
        assert len(_items(stack, sync_id, board_id)) == len(invoices)
        with stack.runtime.db.session() as session:
            jobs = list(session.scalars(sa.select(IngestJob)))
        assert [(j.state, j.failure_reason) for j in jobs] == [("failed", reason)]
        # No lookups were needed: monday wrote nothing, so nothing can be doubled.
        assert "ItemsByColumnValues" not in stack.monday.sandbox.stats.complexity_by_operation


def test_an_older_api_version_never_asks_for_ingest(app_config, monkeypatch) -> None:
    for key, value in INGEST_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("MONDAY_API_VERSION", "2026-04")
    for stack in make_engine_env(app_config, monkeypatch):
        stack.ctx.enqueue_push = None
        invoices = stack.syspro.app.state.data.table("ApInvoice").rows
        _, board_id, result = _first_sync(stack, "AP old version")
        assert (result.ingested, result.created) == (0, len(invoices))
        assert stack.monday.sandbox.ingest.stats["jobs"] == 0


def test_a_push_killed_while_monday_works_on_the_job_waits_for_that_job(env, monkeypatch) -> None:
    """Killed after the upload: the next push finds the job in ingest_jobs, waits for it and
    fills the item ids; nothing is uploaded twice and no item is doubled."""
    import sync.ingest

    env.ctx.enqueue_push = None
    invoices = env.syspro.app.state.data.table("ApInvoice").rows
    sync_id, board_id = env.add_board_sync("supplier_invoices", "AP killed", first_sync="all")
    poll(env.ctx, sync_id)

    def killed(*args, **kwargs):
        raise SystemExit("worker killed")

    with monkeypatch.context() as patch:
        patch.setattr(sync.ingest, "_await", killed)
        with pytest.raises(SystemExit):
            push(env.ctx, sync_id)
    with env.runtime.db.session() as session:
        jobs = list(session.scalars(sa.select(IngestJob)))
    assert [(j.state, j.rows) for j in jobs] == [("uploaded", len(invoices))]

    result = push(env.ctx, sync_id)
    assert (result.ingested, result.created, result.failed) == (len(invoices), len(invoices), 0)
    assert env.monday.sandbox.ingest.stats["jobs"] == 1
    items = _items(env, sync_id, board_id)
    assert len(items) == len(invoices)
    assert all(r.monday_item_id == items[r.syspro_key]["id"] for r in _records(env, sync_id))
    assert "ItemsByColumnValues" not in env.monday.sandbox.stats.complexity_by_operation
