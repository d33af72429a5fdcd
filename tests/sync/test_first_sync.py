"""What a first sync brings: open items (the invoices' default), since a date, or all.

Both sandboxes over real HTTP, the engine inline; the setting checked where it is given.
"""

from __future__ import annotations

from datetime import date

import pytest
import requests

from cli import cli
from store.errors import ValidationError
from sync.poll import poll
from sync.push import push
from sync.reconcile import reconcile
from syspro.entities import CATALOGUE
from syspro.first_sync import FirstSyncError, default_for, parse
from syspro.query import matches


def _board_size(engine_env, board_id: str) -> int:
    body = requests.get(f"{engine_env.monday.url}/_sandbox/boards/{board_id}/items",
                        timeout=10).json()
    return len(body["items"] if isinstance(body, dict) else body)


def test_defaults_and_plain_errors() -> None:
    assert default_for("supplier_invoices") == default_for("customer_invoices") == "open"
    assert {default_for(e) for e in ("purchase_orders", "suppliers", "customers")} == {"all"}
    assert str(parse("supplier_invoices", " Since:2026-01-31 ")) == "since:2026-01-31"
    with pytest.raises(FirstSyncError, match="Suppliers have no open items"):
        parse("suppliers", "open")
    with pytest.raises(FirstSyncError, match="since:YYYY-MM-DD"):
        parse("supplier_invoices", "since:31/01/2026")
    with pytest.raises(FirstSyncError, match="is not one of open, all"):
        parse("supplier_invoices", "everything")


def test_invoices_bring_open_items_by_default_and_the_nightly_compare_keeps_to_it(
        engine_env) -> None:
    engine_env.ctx.enqueue_push = None
    rows = engine_env.syspro.app.state.data.table("ApInvoice").rows
    open_rows = [r for r in rows if matches(CATALOGUE["supplier_invoices"].open_filter, r)]
    assert 0 < len(open_rows) < len(rows)  # the seed has both, or this test proves nothing
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "open AP", first_sync=None)
    poll(engine_env.ctx, sync_id)
    assert push(engine_env.ctx, sync_id).created == len(open_rows)
    assert _board_size(engine_env, board_id) == len(open_rows)

    reconcile(engine_env.ctx, sync_id)
    assert push(engine_env.ctx, sync_id).created == 0  # paid invoices stay off the board
    assert _board_size(engine_env, board_id) == len(open_rows)


def test_since_a_date_brings_records_from_that_date(engine_env) -> None:
    engine_env.ctx.enqueue_push = None
    rows = engine_env.syspro.app.state.data.table("ApInvoice").rows
    dates = sorted(r["InvoiceDate"] for r in rows)
    since = dates[len(dates) // 2]
    since_day = since.date() if hasattr(since, "date") else date.fromisoformat(str(since)[:10])
    expected = sum(1 for r in rows if (r["InvoiceDate"].date() if hasattr(
        r["InvoiceDate"], "date") else date.fromisoformat(str(r["InvoiceDate"])[:10])) >= since_day)
    sync_id, board_id = engine_env.add_board_sync("supplier_invoices", "recent AP",
                                           first_sync=f"since:{since_day.isoformat()}")
    poll(engine_env.ctx, sync_id)
    assert push(engine_env.ctx, sync_id).created == expected < len(rows)


def test_a_bad_setting_is_refused_where_it_is_given(engine_env, app_config) -> None:
    with pytest.raises(ValidationError, match="first_sync: Suppliers have no open items"):
        engine_env.add_board_sync("suppliers", "suppliers", first_sync="open")
    from monday_app.factory import create_app

    app = create_app({**app_config, "MONDAY_API_URL": engine_env.monday.api_url,
                      "ALLOW_LOOPBACK": "true"})
    try:
        result = app.test_cli_runner().invoke(cli, [
            "sync", "add", "--connection", str(engine_env.connection_id), "--board", "123",
            "--entity", "supplier_invoices", "--first-sync", "since:yesterday",
            "--skip-board-check"])
    finally:
        app.extensions["store"].dispose()
    assert result.exit_code == 1
    assert "first_sync" in result.output and "since:YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output
