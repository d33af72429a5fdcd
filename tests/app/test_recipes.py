"""Recipe subscribe/unsubscribe for the sync recipe and the custom trigger; remote options."""

from __future__ import annotations

import json

import pytest
from rq import Queue

from jobs.sync_jobs import set_up_board_sync
from store.models import BoardSync, TriggerSubscription

SUBSCRIBE = "/monday/recipes/sync/subscribe"
UNSUBSCRIBE = "/monday/recipes/sync/unsubscribe"
T_SUBSCRIBE = "/monday/recipes/trigger/subscribe"
T_UNSUBSCRIBE = "/monday/recipes/trigger/unsubscribe"


def _queued(redis_conn) -> list:
    return Queue("default", connection=redis_conn).get_jobs()


def test_subscribe_delivered_three_times_creates_one_board_sync(
    monday, make_sync_payload, redis_conn
) -> None:
    tenant = monday.tenant(501)
    payload = make_sync_payload(4242, branch={"value": "B1", "title": "North"})
    answers = [monday.recipe(SUBSCRIBE, 501, payload, user=99) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert {a.json["webhookId"] for a in answers} == {"4242"}
    with monday.session() as s:
        syncs = s.query(BoardSync).all()
    assert len(syncs) == 1
    sync = syncs[0]
    assert (sync.account_id, sync.connection_id, sync.board_id) == (
        tenant.account_id, tenant.connection_id, "1001")
    assert (sync.entity, sync.interval_minutes, sync.column_mapping) == (
        "supplier_invoices", 15, {})
    assert sync.recipe_subscription_id == "4242" and sync.monday_user_id == 99
    assert sync.filters == {"branch": "B1"}
    jobs = _queued(redis_conn)
    assert [(j.func_name, j.args, j.id) for j in jobs] == [
        (set_up_board_sync.path, (sync.id,), f"provision-board-sync-{sync.id}")
    ]


def test_subscribe_without_connection_answers_4000(monday, make_sync_payload) -> None:
    monday.tenant(501, connection=False)
    response = monday.recipe(SUBSCRIBE, 501, make_sync_payload(1))
    assert response.status_code == 400
    assert response.json["severityCode"] == 4000
    assert "settings" in response.json["notificationErrorDescription"]


def test_subscribe_for_an_account_that_never_installed(monday, make_sync_payload) -> None:
    response = monday.recipe(SUBSCRIBE, 808, make_sync_payload(1))
    assert response.status_code == 400 and response.json["severityCode"] == 4000


def test_subscribe_cannot_use_another_accounts_connection(monday, make_sync_payload) -> None:
    monday.tenant(501)
    other = monday.tenant(502)
    payload = make_sync_payload(1, connectionId=str(other.connection_id))
    response = monday.recipe(SUBSCRIBE, 501, payload)
    assert response.status_code == 400 and response.json["severityCode"] == 4000
    with monday.session() as s:
        assert s.query(BoardSync).count() == 0


def test_bad_entity_is_explained(monday, make_sync_payload) -> None:
    monday.tenant(501)
    response = monday.recipe(SUBSCRIBE, 501, make_sync_payload(1, entity="payroll"))
    assert response.status_code == 400
    assert "entity" in response.json["notificationErrorDescription"]


def test_unsubscribe_disables_and_another_account_cannot(monday, make_sync_payload) -> None:
    monday.tenant(501)
    monday.tenant(502)
    monday.recipe(SUBSCRIBE, 501, make_sync_payload(7))
    # Another account's unsubscribe with this webhookId: answered, nothing changes.
    assert monday.recipe(UNSUBSCRIBE, 502, {"webhookId": "7"}).status_code == 200
    with monday.session() as s:
        assert s.query(BoardSync).one().enabled
    for _ in range(2):
        assert monday.recipe(UNSUBSCRIBE, 501, {"webhookId": "7"}).status_code == 200
    with monday.session() as s:
        sync = s.query(BoardSync).one()
        assert not sync.enabled and sync.health == "disabled"


def test_resubscribe_after_unsubscribe_takes_the_board_over(monday, make_sync_payload) -> None:
    monday.tenant(501)
    monday.recipe(SUBSCRIBE, 501, make_sync_payload(7))
    monday.recipe(UNSUBSCRIBE, 501, {"webhookId": "7"})
    response = monday.recipe(SUBSCRIBE, 501, make_sync_payload(8))
    assert response.status_code == 200
    with monday.session() as s:
        sync = s.query(BoardSync).one()
        assert sync.enabled and sync.recipe_subscription_id == "8"


def test_another_account_cannot_claim_a_subscription_id(monday, make_sync_payload) -> None:
    monday.tenant(501)
    monday.tenant(502)
    monday.recipe(SUBSCRIBE, 501, make_sync_payload(7))
    response = monday.recipe(SUBSCRIBE, 502, make_sync_payload(7, board_id="2002"))
    assert response.status_code == 400
    with monday.session() as s:
        assert s.query(BoardSync).count() == 1


@pytest.mark.parametrize("path", [SUBSCRIBE, T_SUBSCRIBE])
def test_another_accounts_subscription_id_answers_like_an_invalid_one(
    monday, make_sync_payload, path
) -> None:
    """No "already in use": that would tell a caller which ids exist in other tenants."""
    monday.tenant(501)
    monday.tenant(502)
    payload = make_sync_payload if path == SUBSCRIBE else (lambda i, **_: _trigger_payload(i))
    assert monday.recipe(path, 501, payload(7)).status_code == 200
    taken = monday.recipe(path, 502, payload(7, board_id="2002"))
    answers = [(taken.status_code, taken.json)]
    for invalid in ("", "not-a-number", None):
        body = {**payload(8, board_id="2003"), "subscriptionId": invalid}
        response = monday.recipe(path, 502, body)
        answers.append((response.status_code, response.json))
    assert all(answer == answers[0] for answer in answers), answers
    assert answers[0][0] == 400
    assert "in use" not in str(answers[0][1])
    with monday.session() as s:
        assert s.query(BoardSync).count() == (1 if path == SUBSCRIBE else 0)
        assert s.query(TriggerSubscription).count() == (0 if path == SUBSCRIBE else 1)


def _trigger_payload(subscription_id: int) -> dict:
    return {
        "webhookUrl": f"https://api-gw.monday.com/automations/apps-events/{subscription_id}",
        "subscriptionId": subscription_id,
        "inputFields": {"entity": "customer_invoices"},
        "recipeId": 3,
        "integrationId": 4,
    }


def test_trigger_subscribe_is_stored_once_and_unsubscribe_disables(monday) -> None:
    tenant = monday.tenant(501)
    for _ in range(3):
        response = monday.recipe(T_SUBSCRIBE, 501, _trigger_payload(55))
        assert response.status_code == 200 and response.json == {"webhookId": "55"}
    with monday.session() as s:
        row = s.query(TriggerSubscription).one()
        assert row.account_id == tenant.account_id
        assert row.webhook_url.endswith("/55") and row.entity == "customer_invoices"
        assert row.connection_id == tenant.connection_id
    monday.tenant(502)
    monday.recipe(T_UNSUBSCRIBE, 502, {"webhookId": "55"})
    with monday.session() as s:
        assert s.query(TriggerSubscription).one().enabled
    monday.recipe(T_UNSUBSCRIBE, 501, {"webhookId": "55"})
    with monday.session() as s:
        assert not s.query(TriggerSubscription).one().enabled


def test_remote_options(monday, redis_conn) -> None:
    tenant = monday.tenant(501)
    other = monday.tenant(502)
    path = "/monday/recipes/options/entities"
    entities = monday.recipe(path, 501, {}).json
    assert {"title": "supplier invoices", "value": "supplier_invoices"} in entities
    intervals = monday.recipe("/monday/recipes/options/intervals", 501, {}).json
    assert {"title": "15 minutes", "value": "15"} in intervals
    connections = monday.recipe("/monday/recipes/options/connections", 501, {}).json
    assert connections == [{"title": "main", "value": str(tenant.connection_id)}]
    redis_conn.set(f"remote-options:{tenant.connection_id}:branches",
                   json.dumps([{"title": "North", "value": "N"}]))
    redis_conn.set(f"remote-options:{other.connection_id}:branches",
                   json.dumps([{"title": "Secret", "value": "S"}]))
    branches = monday.recipe("/monday/recipes/options/branches", 501, {}).json
    assert branches == [{"title": "Any", "value": ""}, {"title": "North", "value": "N"}]
    # A token for one option route does not open another (aud is the endpoint).
    token = monday.integration_jwt(path, 501)
    response = monday.client.post("/monday/recipes/options/intervals",
                                  headers={"Authorization": token})
    assert response.status_code == 401


def test_the_recipe_chooses_what_a_full_board_does(monday, make_sync_payload) -> None:
    monday.tenant(501)
    default = monday.recipe(SUBSCRIBE, 501, make_sync_payload(1, board_id="1001"))
    chosen = monday.recipe(SUBSCRIBE, 501, make_sync_payload(
        2, board_id="1002", whenFull={"title": "Continue on a new board", "value": "rollover"},
        archiveAfterDays={"title": "30 days", "value": "30"}))
    assert (default.status_code, chosen.status_code) == (200, 200)
    with monday.session() as s:
        policies = {b.board_id: (b.capacity_policy, b.archive_after_days)
                    for b in s.query(BoardSync).all()}
    assert policies == {"1001": ("archive", 90), "1002": ("rollover", 30)}
    bad = monday.recipe(SUBSCRIBE, 501, make_sync_payload(3, board_id="1003",
                                                          whenFull="delete"))
    assert bad.status_code == 400 and "policy" in bad.json["notificationErrorDescription"]
    options = monday.recipe("/monday/recipes/options/capacity-policies", 501, {}).json
    assert [o["value"] for o in options] == ["archive", "rollover", "stop"]
    days = monday.recipe("/monday/recipes/options/archive-after-days", 501, {}).json
    assert days[0] == {"title": "90 days", "value": "90"}


def test_the_recipe_chooses_what_the_first_sync_brings(monday, make_sync_payload) -> None:
    monday.tenant(501)
    options = monday.recipe("/monday/recipes/options/first-sync", 501, {}).json
    values = [o["value"] for o in options]
    assert values[:2] == ["open", "all"] and all(v.startswith("since:") for v in values[2:])
    picked = {"title": options[2]["title"], "value": options[2]["value"]}
    assert monday.recipe(SUBSCRIBE, 501, make_sync_payload(
        4, board_id="1004", firstSync=picked)).status_code == 200
    default = monday.recipe(SUBSCRIBE, 501, make_sync_payload(5, board_id="1005"))
    assert default.status_code == 200
    with monday.session() as s:
        chosen = {b.board_id: b.first_sync for b in s.query(BoardSync).all()}
    assert chosen["1004"] == options[2]["value"]
    assert chosen["1005"] in (None, "open")  # invoices: open items by default
    bad = monday.recipe(SUBSCRIBE, 501, make_sync_payload(6, board_id="1006",
                                                          firstSync="yesterday"))
    assert bad.status_code == 400
