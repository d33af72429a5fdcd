"""`ml-connector audit`: what happened to which SYSPRO record, when, and why."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import click
from flask.cli import with_appcontext

from monday_app.cli.common import account_option, database, user_errors
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
@click.option("--syspro-id", default=None, help="SYSPRO transaction id, exactly as stored.")
@click.option("--action", "actions", multiple=True, type=click.Choice(ACTIONS),
              help="Repeat for several.")
@click.option("--since", type=WHEN, default=None, help="From (UTC), e.g. 2026-11-01T08:00.")
@click.option("--until", type=WHEN, default=None, help="To (UTC).")
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@with_appcontext
def audit(monday_account_id: int | None, fmt: str, since, until, **filters) -> None:  # type: ignore[no-untyped-def]
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
    if fmt == "json":
        click.echo(json.dumps(events, indent=2))
        return
    if not events:
        click.echo("no audit events match")
    for e in events:
        error = ""
        if e["error_chain"]:
            error = "  error: " + " <- ".join(link["message"] for link in e["error_chain"])
        detail = e["detail"] or {}
        count = f" ({detail['count']} records)" if "count" in detail else ""
        click.echo(
            f"{e['synced_at'][:19]}  {e['action']:<17} {e['syspro_id'] or '-':<28} "
            f"board {e['board_id'] or '-'} item {e['item_id'] or '-'}{count}{error}"
        )
