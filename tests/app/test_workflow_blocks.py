"""monday workflow blocks end to end over real HTTP: the sandbox subscribes, runs actions and
retries exactly as monday does (FACTS §7), the app is served live.

- The sync, lookup and custom-trigger blocks subscribe with a workflow's payload (no
  blockMetadata, numbers as numbers, picked values as objects) and unsubscribe.
- An action run answers `{"outputFields": ...}` with the keys the manifest declares, is
  idempotent on its `actionUuid` when monday retries it, and fails with monday's
  `severityCode` body in plain words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.models import AuditEvent, BoardSync, SyncRecord, TriggerSubscription
from tests.app.browser import CONNECTION, Flow

MANIFEST = Path(__file__).resolve().parents[2] / "manifest" / "manifest.json"
SYNC_NOW = "/monday/blocks/sync-now/run"
RETRY_FAILED = "/monday/blocks/retry-failed/run"
# What a workflow sends: a board id as a number, picked values as {"value", "title"}.
WORKFLOW_SYNC_FIELDS = {"boardId": 1001,
                        "entity": {"value": "supplier_invoices", "title": "supplier invoices"},
                        "interval": {"value": "15", "title": "15 minutes"}}


@pytest.fixture
def flow(flow: Flow) -> Flow:
    """The app served live (tests/app/conftest.py), installed, with one SYSPRO connection."""
    flow.lifecycle("install")
    assert flow.api("POST", "/api/connections", json=CONNECTION).status_code == 201
    return flow


def _block(key: str) -> dict:
    manifest = json.loads(MANIFEST.read_text())
    return next(f for f in manifest["features"] if f.get("key") == key)


def _url(flow: Flow, manifest_url: str) -> str:
    return manifest_url.replace("{{PUBLIC_BASE_URL}}", flow.url)


def _subscribe_block(flow: Flow, key: str, fields: dict, **extra: object) -> dict:
    data = _block(key)["data"]
    return flow.monday("recipes/subscribe", subscribe_url=_url(flow, data["subscribeUrl"]),
                       unsubscribe_url=_url(flow, data["unsubscribeUrl"]), account_id=1,
                       user_id=1, input_fields=fields, workflow=True, wait=True, **extra)


def _run(flow: Flow, key: str, fields: dict, **extra: object) -> dict:
    run_url = _url(flow, _block(key)["data"]["runUrl"])
    return flow.monday("actions/run", run_url=run_url, account_id=1, user_id=1,
                       input_fields=fields, wait=True, **extra)


def _declared_outputs(key: str) -> set[str]:
    return {field["key"] for field in _block(key)["data"]["outputFields"]}


def test_sync_block_subscribes_with_a_workflow_payload_retried_and_unsubscribes(flow) -> None:
    subscribe_path = "/monday/recipes/sync/subscribe"
    flow.network.add(subscribe_path, drop=1)  # the first answer is lost: monday retries
    subscribed = _subscribe_block(flow, "workflow-sync-board", WORKFLOW_SYNC_FIELDS)
    assert [a["status"] for a in subscribed["attempts"]] == [502, 200]
    assert "blockMetadata" not in subscribed["body"]["payload"]
    subscription = subscribed["subscription"]
    assert subscription["status"] == "active"
    with flow.session() as s:
        sync = s.query(BoardSync).one()  # two deliveries, one sync
        assert (sync.board_id, sync.entity, sync.interval_minutes) == (
            "1001", "supplier_invoices", 15)
        assert sync.enabled and sync.recipe_subscription_id == str(subscription["id"])

    removed = flow.monday(f"recipes/{subscription['id']}/unsubscribe", wait=True)
    assert removed["state"] == "done"
    with flow.session() as s:
        assert not s.query(BoardSync).one().enabled


def test_lookup_and_trigger_blocks_subscribe(flow) -> None:
    lookup = _subscribe_block(flow, "workflow-lookup-board",
                              {"boardId": 2002, "entity": {"value": "suppliers"}})
    assert lookup["subscription"]["status"] == "active", lookup["answer"]
    trigger = _subscribe_block(flow, "workflow-record-changed",
                               {"entity": {"value": "customer_invoices"}})
    assert trigger["subscription"]["status"] == "active", trigger["answer"]
    with flow.session() as s:
        sync = s.query(BoardSync).one()
        assert (sync.board_id, sync.entity, sync.mode) == ("2002", "suppliers", "lookup")
        stored = s.query(TriggerSubscription).one()
        assert stored.webhook_url == trigger["subscription"]["webhook_url"]


def test_sync_now_answers_the_declared_output_fields(flow) -> None:
    _subscribe_block(flow, "workflow-sync-board", WORKFLOW_SYNC_FIELDS)
    run = _run(flow, "workflow-sync-now", {"boardId": 1001})
    assert run["state"] == "done", run["answer"]
    outputs = run["answer"]["outputFields"]
    assert set(outputs) == _declared_outputs("workflow-sync-now")
    assert outputs["boardId"] == "1001" and outputs["entities"] == "supplier invoices"
    assert outputs["syncsQueued"] + outputs["syncsAlreadyRunning"] == 1


def _fail_records(flow: Flow, count: int) -> list[int]:
    with flow.session() as s:
        sync = s.query(BoardSync).one()
        # Refused by monday: each keeps the write it waits to send.
        records = [SyncRecord(account_id=sync.account_id, board_sync_id=sync.id,
                              syspro_key=f"  INV{n}", state="failed", attempts=3,
                              pending_hash=f"h{n}", pending_values={"amount": "1.00"},
                              pending_name=f"INV{n}",
                              last_error="monday refused the value") for n in range(count)]
        s.add_all(records)
        s.flush()
        return [r.id for r in records]


def test_a_retried_run_is_answered_from_the_first_without_acting_again(flow) -> None:
    _subscribe_block(flow, "workflow-sync-board", WORKFLOW_SYNC_FIELDS)
    _fail_records(flow, 3)
    flow.network.add(RETRY_FAILED, drop=1)  # the app acts, the answer is lost
    run = _run(flow, "workflow-retry-failed", {"boardId": 1001}, action_uuid="a" * 32)
    assert [a["status"] for a in run["attempts"]] == [502, 200]
    # Acting again would find nothing failed and answer 0: the first run's answer comes back.
    assert run["answer"]["outputFields"] == {
        "boardId": "1001", "entities": "supplier invoices", "recordsRetried": 3}
    assert set(run["answer"]["outputFields"]) == _declared_outputs("workflow-retry-failed")
    with flow.session() as s:
        assert {r.state for r in s.query(SyncRecord)} == {"pending"}
        # One "retried" event per record, naming the workflow's user; the replay wrote none.
        events = s.query(AuditEvent).filter_by(action="retried").all()
        assert sorted(e.syspro_id for e in events) == ["  INV0", "  INV1", "  INV2"]
        assert {(e.board_id, e.detail["via"]) for e in events} == {("1001", "monday workflow")}
        assert {e.detail["asked_by"] for e in events} == {1}  # the run's user_id

    # A new run (another actionUuid) acts again and finds nothing left to retry.
    again = _run(flow, "workflow-retry-failed", {"boardId": 1001})
    assert again["answer"]["outputFields"]["recordsRetried"] == 0


def test_a_run_on_a_board_without_a_sync_fails_this_run_in_plain_words(flow) -> None:
    run = _run(flow, "workflow-sync-now", {"boardId": 4040}, retry=False)
    assert run["attempts"][0]["status"] == 400
    answer = run["answer"]
    assert answer["severityCode"] == 4000
    assert answer["notificationErrorTitle"] == "This board is not synced with SYSPRO"
    assert "Board 4040 has no SYSPRO sync" in answer["notificationErrorDescription"]


def test_a_run_for_an_account_without_the_app_turns_the_automation_off(flow) -> None:
    run = flow.monday("actions/run", run_url=flow.url + SYNC_NOW, account_id=777, user_id=1,
                      input_fields={"boardId": 1001}, wait=True)
    assert run["state"] == "disabled" and len(run["attempts"]) == 1
    assert run["answer"]["severityCode"] == 6000


def test_a_bad_board_id_names_the_field(flow) -> None:
    run = _run(flow, "workflow-sync-now", {"boardId": "not a board"}, retry=False)
    assert run["answer"]["severityCode"] == 4000
    assert "payload.inputFields.boardId" in run["answer"]["notificationErrorDescription"]
