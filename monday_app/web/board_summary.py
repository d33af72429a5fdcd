"""One board sync as the board view shows it: counts, progress and health in words.

Health is told from everything known at once, so "Healthy" never stands beside a failed
record: paused and reconnect first (nothing moves until a person acts), then failing (stored
verdict or failed records, with the latest failure's plain reason), then warning (monday
unavailable, or the board nearly full), else healthy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from monday_app.web.common import settings
from store.board_capacity import capacity_reason, capacity_summary, limits_from
from store.board_view import latest_failure, progress, record_counts
from store.models import LOOKUP_ENTITIES, BoardSync, SysproConnection
from sync.failure_text import plain_reason
from syspro.entities import CATALOGUE


def iso(value: datetime | None) -> str | None:
    """ISO 8601 UTC with "Z", second precision (the view converts to the user's zone)."""
    if value is None:
        return None
    return value.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def entity_label(entity: str) -> str:
    spec = CATALOGUE.get(entity)
    return spec.label if spec else entity.replace("_", " ").capitalize()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def health_words(
    sync: BoardSync, failed: int, failure_reason: str | None, reconnect: str | None,
    capacity: dict[str, Any] | None = None,
) -> tuple[str, str, str | None]:
    """(health, health_text, health_reason) for the view; see the module docstring."""
    if not sync.enabled:
        return "paused", "Paused", sync.health_reason if sync.health_reason not in (
            None, "disabled by hand") else "Paused by an admin; nothing is read or written " \
            "until it is resumed."
    if reconnect or sync.health == "needs_reauth":
        return "reconnect", "Reconnect needed", reconnect or sync.health_reason
    if failed:
        return "failing", f"{_plural(failed, 'record')} failed", failure_reason
    if sync.health == "failing":
        return "failing", "Failing", sync.health_reason
    if sync.health == "monday_unavailable":
        return "warning", "monday unavailable", sync.health_reason
    if capacity and capacity.get("warn"):
        return "warning", "Board nearly full", capacity.get("reason") or (
            f"{capacity.get('items')} of {capacity.get('limit')} items used")
    return "ok", "Healthy", None


def sync_summary(
    session: Any, sync: BoardSync, connection: SysproConnection, reconnect: str | None,
    now: datetime | None = None,
) -> dict[str, Any]:
    counts = record_counts(session, sync.id)
    failed = counts.get("failed", 0)
    latest = latest_failure(session, sync.id) if failed else None
    reason = None
    if latest is not None:
        reason = f"{latest.syspro_key}: {plain_reason(latest.failure, latest.last_error)}"
    summary = capacity_summary(session, sync, limits_from(settings().sync_tuning))
    capacity = {**summary, "reason": capacity_reason(summary)}
    health, text, health_reason = health_words(sync, failed, reason, reconnect, capacity)
    wave = progress(session, sync, counts.get("pending", 0), now)
    label = entity_label(sync.entity)
    return {
        "id": sync.id,
        "board_id": sync.board_id,
        "entity": sync.entity,
        "entity_label": label,
        "title": f"{label} from SYSPRO — {connection.name}",
        "connection": {"id": connection.id, "name": connection.name,
                       "company_id": connection.company_id},
        "interval_minutes": sync.interval_minutes,
        "last_poll_at": iso(sync.last_poll_at),
        "next_poll_at": iso(sync.next_poll_at) if sync.enabled else None,
        "paused": not sync.enabled,
        "mode": "lookup" if sync.mode == "lookup" else "sync",
        "can_write_back": sync.entity in LOOKUP_ENTITIES,
        "health": health,
        "health_text": text,
        "health_reason": health_reason,
        "records": {"synced": counts.get("synced", 0) + counts.get("vanished", 0),
                    "pending": counts.get("pending", 0), "failed": failed},
        "progress": {"active": wave.active, "kind": wave.kind, "staged": wave.staged,
                     "pushed": wave.pushed, "rate_per_minute": wave.rate_per_minute,
                     "eta_seconds": wave.eta_seconds},
        "capacity": capacity,
    }
