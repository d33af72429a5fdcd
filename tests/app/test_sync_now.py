"""The sync-now URL: secret, rotatable, rate-limited, answers with what it enqueued."""

from __future__ import annotations

from rq import Queue

from store.board_syncs import create_board_sync
from store.connections import sync_url_token


def _setup(monday, enabled=(True, True)) -> tuple:
    tenant = monday.tenant(501)
    box = monday.app.extensions["secret_box"]
    ids = []
    with monday.session() as s:
        for n, on in enumerate(enabled):
            ids.append(create_board_sync(
                s, tenant.account_id,
                {"connection_id": tenant.connection_id, "board_id": str(100 + n),
                 "entity": "suppliers", "enabled": on},
            ).id)
        token = sync_url_token(s, box, tenant.account_id, tenant.connection_id)
    return tenant, ids, token


def test_sync_now_enqueues_enabled_syncs(monday, web_client, redis_conn) -> None:
    tenant, ids, token = _setup(monday, enabled=(True, False))
    response = web_client.post(f"/sync-now/{tenant.connection_id}/{token}")
    assert response.status_code == 202
    assert response.json == {"enqueued": [ids[0]], "already_running": []}
    jobs = Queue("default", connection=redis_conn).get_jobs()
    assert [j.id for j in jobs] == [f"poll-board-sync-{ids[0]}"]


def test_wrong_token_or_connection_is_401(monday, web_client, redis_conn) -> None:
    tenant, _, token = _setup(monday)
    assert web_client.post(f"/sync-now/{tenant.connection_id}/{token}x").status_code == 401
    assert web_client.post(f"/sync-now/{tenant.connection_id + 9}/{token}").status_code == 401
    assert Queue("default", connection=redis_conn).get_jobs() == []


def test_rate_limited_with_retry_after(monday, web_client) -> None:
    tenant, _, token = _setup(monday)
    assert web_client.post(f"/sync-now/{tenant.connection_id}/{token}").status_code == 202
    response = web_client.post(f"/sync-now/{tenant.connection_id}/{token}")
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 30


def test_rotation_retires_the_old_url(monday, web_client) -> None:
    tenant, _, old = _setup(monday)
    response = monday.api(
        "POST", f"/api/connections/{tenant.connection_id}/sync-url/rotate", 501
    )
    new_url = response.json["url"]
    assert new_url.startswith(f"https://connector.example.com/sync-now/{tenant.connection_id}/")
    assert not new_url.endswith(old)
    assert web_client.post(f"/sync-now/{tenant.connection_id}/{old}").status_code == 401
    path = new_url.removeprefix("https://connector.example.com")
    assert web_client.post(path).status_code == 202


def test_uninstalled_account_enqueues_nothing(monday, web_client) -> None:
    tenant, _, token = _setup(monday)
    monday.lifecycle("uninstall", 501)
    response = web_client.post(f"/sync-now/{tenant.connection_id}/{token}")
    assert response.status_code == 202 and response.json["enqueued"] == []


def test_a_dead_workers_poll_record_does_not_fail_sync_now(monday, web_client, redis_conn) -> None:
    """The record a SIGKILLed worker leaves under a poll's id (see tests/jobs)."""
    from tests.jobs.test_abandoned_jobs import fabricate_abandoned

    tenant, ids, token = _setup(monday)
    queue = Queue("default", connection=redis_conn)
    fabricate_abandoned(queue, f"poll-board-sync-{ids[0]}", failed=True)
    response = web_client.post(f"/sync-now/{tenant.connection_id}/{token}")
    assert response.status_code == 202
    assert response.json == {"enqueued": ids, "already_running": []}
