"""Renames on a lookup board whose item name the sync derives from SYSPRO fields.

With a name made of several fields (an `item_name` template), or of a field the board has no
column for, no single SYSPRO field takes the rename: the item gets SYSPRO's name back at once,
with a note on the item, and the audit says why. Both sandboxes over real HTTP.
"""

from __future__ import annotations

import pytest
import requests

from jobs.writeback import write_back_board_edit
from store.board_syncs import load_spec
from sync.poll import poll
from sync.push import push
from tests.sync.test_writeback import PERSON, _audit, _supplier, job_kwargs

DERIVED = {
    "template": {"item_name": "{SupplierName} ({Supplier})"},
    "no-name-column": {"exclude": ["name"]},
}


def _items(env, board_id: str) -> list[dict]:
    return requests.get(f"{env.monday.url}/_sandbox/boards/{board_id}/items", timeout=10).json()


@pytest.mark.parametrize("mapping", list(DERIVED))
def test_rename_of_a_derived_name_is_reverted_with_a_note(engine_env, receiver, mapping) -> None:
    env = engine_env
    env.ctx.enqueue_push = None
    env.ctx.public_base_url = receiver.url
    sync_id, board_id = env.add_board_sync("suppliers", "Suppliers", mode="lookup",
                                           column_mapping=DERIVED[mapping])
    poll(env.ctx, sync_id)
    assert push(env.ctx, sync_id).created > 0
    with env.runtime.db.session() as session:
        columns = load_spec(session, env.runtime.secret_box, sync_id).provisioned_columns
    item = _items(env, board_id)[0]
    derived_name = item["name"]
    before = _supplier(env, item, columns)["SupplierName"]
    if mapping == "template":
        code = _supplier(env, item, columns)["Supplier"].strip()  # names lose SYSPRO's padding
        assert derived_name == f"{before.strip()} ({code})"

    requests.post(f"{env.monday.url}/_sandbox/items/{item['id']}/column_values", timeout=10,
                  json={"column_values": {"name": "Renamed By Hand"}, "user_id": PERSON}
                  ).raise_for_status()
    result = write_back_board_edit(**job_kwargs(env, receiver.wait_for(1)[0]))

    assert result["outcome"] == "failed" and "renamed back" in result["reason"]
    assert _supplier(env, item, columns)["SupplierName"] == before  # SYSPRO untouched
    shown = next(i for i in _items(env, board_id) if i["id"] == item["id"])
    assert shown["name"] == derived_name
    notes = requests.get(f"{env.monday.url}/_sandbox/items/{item['id']}/updates",
                         timeout=10).json()
    assert len(notes) == 1 and "made from SYSPRO fields" in notes[0]["body"]
    [(syspro_id, item_id, detail, _)] = _audit(env, sync_id, "failed")
    assert item_id == item["id"] and syspro_id
    assert detail["field"] == "item name" and detail["value"] == "Renamed By Hand"
    assert "renamed back" in detail["reason"]

    # Our own rename comes back as a webhook: an echo, nothing more is audited or posted.
    echo = receiver.wait_for(2)[1]
    assert echo["value"] == {"name": derived_name}
    assert write_back_board_edit(**job_kwargs(env, echo))["outcome"] == "echo"
    assert len(_audit(env, sync_id, "failed")) == 1
    assert poll(env.ctx, sync_id).changed == 0
