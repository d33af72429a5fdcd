"""Board webhooks: challenge echo, verification, dedupe on triggerUuid, enqueue the write-back."""

from __future__ import annotations

from rq import Queue

from jobs.writeback import write_back_board_edit
from store.board_syncs import create_board_sync
from store.models import ProcessedDelivery

URL = "/monday/webhooks/board"


def _lookup_board(monday, tenant, board_id: str) -> None:
    with monday.session() as s:
        create_board_sync(
            s,
            tenant.account_id,
            {"connection_id": tenant.connection_id, "board_id": board_id,
             "entity": "suppliers", "mode": "lookup"},
        )


def _event(trigger: str, board_id: str = "3003") -> dict:
    return {
        "event": {
            "userId": 12, "originalTriggerUuid": None, "boardId": int(board_id),
            "pulseId": 555, "pulseName": "ACME01", "columnId": "phone",
            "columnType": "phone", "value": {"phone": "+44 1"},
            "previousValue": {"phone": "+44 0"}, "changedAt": 1.0,
            "type": "update_column_value", "triggerTime": "2026-01-01T00:00:00Z",
            "subscriptionId": 9, "triggerUuid": trigger,
        }
    }


def _jobs(redis_conn) -> list:
    return Queue("default", connection=redis_conn).get_jobs()


def test_challenge_is_echoed(web_client) -> None:
    response = web_client.post(URL, json={"challenge": "abc123"})
    assert response.status_code == 200 and response.json == {"challenge": "abc123"}


def test_signed_edit_is_enqueued_once(monday, web_client, redis_conn) -> None:
    tenant = monday.tenant(501)
    _lookup_board(monday, tenant, "3003")
    headers = {"Authorization": monday.webhook_jwt(501)}
    for _ in range(2):  # monday may deliver twice
        assert web_client.post(URL, json=_event("uuid-1"), headers=headers).status_code == 200
    jobs = _jobs(redis_conn)
    assert len(jobs) == 1
    assert jobs[0].func_name == write_back_board_edit.path
    assert jobs[0].retries_left == 3, "an unreachable SYSPRO gets later tries"
    assert jobs[0].kwargs == {
        "account_id": tenant.account_id, "board_id": "3003", "item_id": "555",
        "column_id": "phone", "value": {"phone": "+44 1"},
        "previous_value": {"phone": "+44 0"}, "user_id": 12, "trigger_uuid": "uuid-1",
    }


def test_token_without_account_is_resolved_by_board(monday, web_client, redis_conn) -> None:
    tenant = monday.tenant(501)
    _lookup_board(monday, tenant, "3003")
    headers = {"Authorization": monday.webhook_jwt(None)}
    assert web_client.post(URL, json=_event("uuid-2"), headers=headers).status_code == 200
    assert _jobs(redis_conn)[0].kwargs["account_id"] == tenant.account_id


def test_forged_webhook_changes_nothing(monday, web_client, redis_conn) -> None:
    tenant = monday.tenant(501)
    _lookup_board(monday, tenant, "3003")
    forged = {"Authorization": monday.webhook_jwt(501, secret="f" * 40)}
    for headers in (forged, {}):
        assert web_client.post(URL, json=_event("uuid-3"), headers=headers).status_code == 401
    assert _jobs(redis_conn) == []
    with monday.session() as s:
        assert s.query(ProcessedDelivery).count() == 0


def test_other_accounts_board_and_unknown_boards_are_ignored(monday, web_client,
                                                             redis_conn) -> None:
    owner = monday.tenant(501)
    monday.tenant(502)
    _lookup_board(monday, owner, "3003")
    headers = {"Authorization": monday.webhook_jwt(502)}
    response = web_client.post(URL, json=_event("uuid-4"), headers=headers)
    assert response.status_code == 200 and "ignored" in response.json
    headers = {"Authorization": monday.webhook_jwt(501)}
    response = web_client.post(URL, json=_event("uuid-5", board_id="4004"), headers=headers)
    assert "ignored" in response.json
    assert _jobs(redis_conn) == []
