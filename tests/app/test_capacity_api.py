"""PUT /api/board-syncs/<id>/capacity: the admin's choice of what a full board does, checked
like the recipe's and the CLI's (one store function), scoped to the token's account, and the
capacity in the board view's JSON."""

from __future__ import annotations

from store.models import BoardSync, SyncRecord


def _sync_id(monday, tenant) -> int:
    record_id = monday.failed_record(tenant, " 0001")
    with monday.session() as s:
        return s.get(SyncRecord, record_id).board_sync_id


def test_an_admin_chooses_the_policy_and_bad_input_names_the_field(monday) -> None:
    tenant = monday.tenant(501)
    sync_id = _sync_id(monday, tenant)
    url = f"/api/board-syncs/{sync_id}/capacity"
    answer = monday.api("PUT", url, 501, json={"policy": "rollover"})
    assert answer.status_code == 200
    assert answer.json["board_sync"]["capacity"]["policy"] == "rollover"
    assert answer.json["board_sync"]["capacity"]["archive_after_days"] == 90
    answer = monday.api("PUT", url, 501, json={"policy": "archive", "archive_after_days": 30})
    assert answer.json["board_sync"]["capacity"] | {"reason": None} == {
        "items": 0, "limit": 10_000, "ratio": 0.0, "warn": False, "policy": "archive",
        "archive_after_days": 30, "past_boards": [], "reason": None}
    for body, field in (({"policy": "delete"}, "policy"),
                        ({"archive_after_days": -1}, "archive_after_days"),
                        ({"archive_after_days": "soon"}, "archive_after_days"),
                        ({"limit": 5}, "limit")):
        refused = monday.api("PUT", url, 501, json=body)
        assert refused.status_code == 422, body
        assert refused.json["errors"][0]["field"] == field and "Traceback" not in refused.text
    with monday.session() as s:
        sync = s.get(BoardSync, sync_id)
        assert (sync.capacity_policy, sync.archive_after_days) == ("archive", 30)


def test_members_and_other_accounts_cannot_change_it(monday) -> None:
    tenant = monday.tenant(501)
    monday.tenant(502)
    sync_id = _sync_id(monday, tenant)
    url = f"/api/board-syncs/{sync_id}/capacity"
    assert monday.api("PUT", url, 501, admin=False, json={"policy": "stop"}).status_code == 403
    assert monday.api("PUT", url, 502, json={"policy": "stop"}).status_code == 404
    with monday.session() as s:
        assert s.get(BoardSync, sync_id).capacity_policy == "archive"


def test_the_board_view_json_carries_the_capacity(monday) -> None:
    tenant = monday.tenant(501)
    _sync_id(monday, tenant)
    sync = monday.api("GET", "/api/board-health", 501).json["board_syncs"][0]
    assert sync["capacity"]["limit"] == 10_000 and sync["capacity"]["warn"] is False
