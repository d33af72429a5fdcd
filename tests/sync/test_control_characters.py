"""A SYSPRO text value with a character XML forbids must not stop a board's polls.

Real SYSPRO writes such characters raw into its COMFND answers, and so does the sandbox: a
vertical tab pasted into a supplier name once made every later poll fail on strict XML parsing.
"""

from __future__ import annotations

import requests

from sync.poll import poll
from sync.push import push


def test_poll_succeeds_with_a_vertical_tab_in_a_supplier_name(engine_env) -> None:
    env = engine_env
    env.ctx.enqueue_push = None  # inline: we push ourselves
    sync_id, board_id = env.add_board_sync("suppliers", "Suppliers")
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).failed == 0

    supplier = env.syspro.app.state.data.table("ApSupplier").rows[5]
    requests.patch(
        f"{env.syspro.base_url}/_sandbox/tables/ApSupplier/rows",
        json={"key": [supplier["Supplier"]], "changes": {"SupplierName": "Acme\x0bTrading"}},
        timeout=10,
    ).raise_for_status()
    changed = poll(env.ctx, sync_id)
    assert changed.changed == 1
    assert push(env.ctx, sync_id).updated == 1
    again = poll(env.ctx, sync_id)  # and the polls after it go on as usual
    assert again.changed == 0

    items = requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10)
    body = items.json()
    items = body["items"] if isinstance(body, dict) else body
    assert "Acme\ufffdTrading" in str(items), items[:2]
