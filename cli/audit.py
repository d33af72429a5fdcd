"""`ml-connector audit`: what happened to which SYSPRO record, when, and why."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click
from flask.cli import with_appcontext

from cli.common import account_option, database, user_errors
from cli.output import echo_json, echo_table, json_option
from store.accounts import resolve_account
from store.audit import AuditFilter, query
from store.models import ACTIONS

WHEN = click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"])


def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None else None


@click.command(
    "audit",
    help="Show audit events, newest first. Times are UTC; filters combine (AND).",
)
@account_option
@click.option("--board", "board_id", default=None, help="monday board id.")
@click.option("--board-sync", "board_sync_id", type=int, default=None)
@click.option("--syspro-id", default=None,
              help="SYSPRO transaction id (key parts joined by |); leading spaces optional.")
@click.option("--action", "actions", multiple=True, type=click.Choice(ACTIONS),
              help="Repeat for several.")
@click.option("--since", type=WHEN, default=None, help="From (UTC), e.g. 2026-11-01T08:00.")
@click.option("--until", type=WHEN, default=None, help="To (UTC).")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@json_option
@with_appcontext
def audit(
    monday_account_id: int | None,
    as_json: bool,
    since: datetime | None,
    until: datetime | None,
    **filters: Any,
) -> None:
    if since is not None and until is not None and until < since:
        raise click.BadParameter(f"{until:%Y-%m-%d %H:%M} is before --since "
                                 f"{since:%Y-%m-%d %H:%M}", param_hint="--until")
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        where = AuditFilter(
            account_id=account.id, since=_utc(since), until=_utc(until),
            actions=tuple(filters.pop("actions")), **filters,
        )
        events = [
            {
                "synced_at": e.synced_at.isoformat(),
                "action": e.action,
                "syspro_id": e.syspro_id,
                "board_id": e.board_id,
                "item_id": e.item_id,
                "board_sync_id": e.board_sync_id,
                "poll_at": e.poll_at.isoformat() if e.poll_at else None,
                "detail": e.detail,
                "error_chain": e.error_chain,
            }
            for e in query(session, where)
        ]
    if as_json:
        echo_json(events)
        return
    echo_table([_table_row(e) for e in events], AUDIT_COLUMNS, empty="no audit events match")


AUDIT_COLUMNS = (("when", "WHEN (UTC)"), ("action", "ACTION"), ("syspro_id", "SYSPRO ID"),
                 ("board_id", "BOARD"), ("item_id", "ITEM"), ("what", "DETAIL"))


def _table_row(event: dict[str, Any]) -> dict[str, Any]:
    detail = event["detail"] or {}
    what = f"{detail['count']} records" if "count" in detail else ""
    if event["error_chain"]:
        what = " <- ".join(link["message"] for link in event["error_chain"])
    return {**event, "when": event["synced_at"][:19].replace("T", " "), "what": what or None}
