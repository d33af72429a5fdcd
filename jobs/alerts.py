"""Health alerts: when a board sync turns failing, or recovers, tell the person who set it up
(a monday notification) and, if the account set one, its webhook. At most once per change.

The schedule tick enqueues `send_health_alert` for every sync whose state differs from the
one last alerted (store/alerts.py); the job claims the change in the database first and then
sends. A send that fails is logged and audited, not retried: a retry could tell twice, and
the board view shows the health anyway. The database holds what was alerted, so a change
made while a worker was down is still told at the next tick.
"""

from __future__ import annotations

import logging
from typing import Any

from jobs import metrics
from jobs.declare import Overlap, job
from jobs.engine import engine_context
from jobs.runtime import Runtime, runtime
from monday_api.notifications import notify
from store.alerts import AlertTarget, alerts_due, claim_alert
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import load_spec
from sync.errors import scrub
from syspro.urlguard import AddressPolicy, check_server_url, guarded_session

log = logging.getLogger(__name__)
WEBHOOK_TIMEOUT = (5, 10)


def enqueue_due_alerts(rt: Runtime) -> int:
    """Called by the schedule tick: one alert job per changed sync (unique per sync)."""
    with rt.db.session() as session:
        due = alerts_due(session)
    return sum(send_health_alert.enqueue(rt.redis, sync_id) for sync_id in due)


def alert_text(target: AlertTarget) -> str:
    what = f"SYSPRO {target.entity.replace('_', ' ')} sync to board {target.board_id}"
    if target.state == "ok":
        return f"{what} has recovered and is syncing again."
    return f"{what} is failing: {scrub(target.reason or 'see the board view')}"[:900]


# One waiting per sync: the job reads the change to tell when it runs.
@job(timeout=30 * 60, result_ttl=0, failure_ttl=24 * 3600, overlap=Overlap.SKIP,
     job_id=lambda board_sync_id: f"alert-board-sync-{board_sync_id}")
def send_health_alert(board_sync_id: int) -> dict[str, Any]:
    rt = runtime()
    with rt.db.session() as session:
        target = claim_alert(session, board_sync_id)
    if target is None:
        return {"board_sync_id": board_sync_id, "sent": []}
    text = alert_text(target)
    outcomes = {"monday": _notify_on_monday(rt, target, text)}
    if target.webhook_url:
        outcomes["webhook"] = _post_webhook(rt, target, text)
    for channel, outcome in outcomes.items():
        if outcome == "sent":
            metrics.count(rt.redis, metrics.ALERTS, state=target.state, channel=channel)
    with rt.db.session() as session:
        audit(session, [AuditEntry(
            account_id=target.account_id, board_sync_id=target.board_sync_id,
            board_id=target.board_id, action="health_alerted",
            detail={"state": target.state, **outcomes},
        )])
    return {"board_sync_id": board_sync_id, "state": target.state, **outcomes}


def _notify_on_monday(rt: Runtime, target: AlertTarget, text: str) -> str:
    if target.monday_user_id is None:
        return "skipped: nobody is recorded as having set the sync up"
    try:
        with rt.db.session() as session:
            spec = load_spec(session, rt.secret_box, target.board_sync_id)
        client = engine_context(rt).monday_factory(spec)
        notify(client, target.monday_user_id, target.board_id, text)
    except Exception as exc:  # noqa: BLE001 - told once or not at all; the reason is kept
        log.warning("board sync %s: health alert not sent on monday: %s",
                    target.board_sync_id, scrub(str(exc)))
        return f"failed: {scrub(str(exc))[:300]}"
    return "sent"


def _post_webhook(rt: Runtime, target: AlertTarget, text: str) -> str:
    """POST through the SSRF guard, like trigger deliveries: no redirects, short timeouts."""
    settings = rt.settings
    policy = AddressPolicy(settings.allow_private_networks, settings.allow_loopback)
    body: dict[str, str | int] = {
        "board_sync_id": target.board_sync_id, "board_id": target.board_id,
        "entity": target.entity, "state": target.state, "text": text,
    }
    try:
        check_server_url(str(target.webhook_url), policy)
        with guarded_session(policy, max_retries=0) as http:
            response = http.post(str(target.webhook_url), json=body, timeout=WEBHOOK_TIMEOUT,
                                 allow_redirects=False)
        if response.status_code >= 300:
            return f"failed: HTTP {response.status_code}"
    except Exception as exc:  # noqa: BLE001
        log.warning("board sync %s: alert webhook failed: %s", target.board_sync_id,
                    scrub(str(exc)))
        return f"failed: {type(exc).__name__}"
    return "sent"
