"""Board syncs: creation with validation, and the schedule's view of which are due."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.board_capacity import checked_policy
from store.connections import decrypted_secrets
from store.crypto import SecretBox
from store.errors import NotFound, ValidationError
from store.intervals import DEFAULT_INTERVAL, validate_interval
from store.models import ENTITIES, LOOKUP_ENTITIES, MODES, Account, BoardSync, SysproConnection
from store.tokens import needs_reconnect
from store.types import utcnow
from syspro.first_sync import FirstSyncError, parse


def first_poll_at(sync_id: int, board_id: str, interval: int, now: datetime) -> datetime:
    """Spread syncs over their interval so a hundred boards do not all poll at :00."""
    offset = zlib.crc32(f"{sync_id}:{board_id}".encode()) % (interval * 60)
    return now + timedelta(seconds=offset)


def checked_mode(entity: str, mode: object) -> str:
    """A mode the entity can have: lookup mode (write-back) only where SYSPRO can take edits."""
    if mode not in MODES:
        raise ValidationError("mode", f"{mode!r} is not one of {', '.join(MODES)}")
    if mode == "lookup" and entity not in LOOKUP_ENTITIES:
        raise ValidationError(
            "mode", f"{entity} cannot be written back to SYSPRO; lookup mode (sending board "
            f"edits to SYSPRO) is for {' and '.join(LOOKUP_ENTITIES)} boards only")
    return str(mode)


def checked_first_sync(entity: str, value: object) -> str | None:
    """The first_sync setting as stored (None: the entity's default, syspro/first_sync.py)."""
    if value is None or str(value).strip() == "":
        return None
    try:
        return str(parse(entity, value))
    except FirstSyncError as exc:
        raise ValidationError("first_sync", str(exc)) from None


def create_board_sync(
    session: Session, account_id: int, fields: Mapping[str, Any]
) -> BoardSync:
    entity = str(fields.get("entity", ""))
    if entity not in ENTITIES:
        raise ValidationError("entity", f"{entity!r} is not one of {', '.join(ENTITIES)}")
    mode = checked_mode(entity, fields.get("mode", "one_way"))
    board_id = str(fields.get("board_id", "")).strip()
    if not board_id.isdigit():
        raise ValidationError("board_id", f"{board_id!r} is not a monday board id (digits)")
    interval = validate_interval(fields.get("interval_minutes", DEFAULT_INTERVAL))
    first_sync = checked_first_sync(entity, fields.get("first_sync"))
    policy, archive_days = checked_policy(fields.get("capacity_policy"),
                                          fields.get("archive_after_days"))
    connection_id = fields.get("connection_id")
    connection = session.scalar(
        sa.select(SysproConnection).where(
            SysproConnection.id == connection_id, SysproConnection.account_id == account_id
        )
    )
    if connection is None:
        raise ValidationError("connection_id", f"connection {connection_id} not found")
    duplicate = session.scalar(
        sa.select(BoardSync.id).where(
            BoardSync.account_id == account_id,
            BoardSync.board_id == board_id,
            BoardSync.entity == entity,
        )
    )
    if duplicate is not None:
        raise ValidationError(
            "board_id", f"board {board_id} already syncs {entity} (board sync {duplicate})"
        )
    sync = BoardSync(
        account_id=account_id,
        connection_id=connection.id,
        board_id=board_id,
        group_id=fields.get("group_id") or None,
        entity=entity,
        column_mapping=dict(fields.get("column_mapping") or {}),
        mode=mode,
        interval_minutes=interval,
        enabled=bool(fields.get("enabled", True)),
        post_updates=bool(fields.get("post_updates", True)),
        first_sync=first_sync,
        capacity_policy=policy,
        archive_after_days=archive_days,
    )
    session.add(sync)
    session.flush()
    sync.next_poll_at = first_poll_at(sync.id, board_id, interval, utcnow())
    session.flush()
    return sync


def get_board_sync(session: Session, account_id: int, sync_id: int) -> BoardSync:
    sync = session.scalar(
        sa.select(BoardSync).where(BoardSync.id == sync_id, BoardSync.account_id == account_id)
    )
    if sync is None:
        raise NotFound(f"board sync {sync_id} not found")
    return sync


def due_board_syncs(session: Session, now: datetime, limit: int = 1000) -> list[BoardSync]:
    """Enabled syncs of active accounts whose next poll time has come, due longest first, at
    most `limit` (the schedule pages through them: jobs/schedule.py). An account waiting to
    be reconnected to monday (every token refused) is not polled: no call could succeed."""
    return list(
        session.scalars(
            sa.select(BoardSync)
            .join(Account, Account.id == BoardSync.account_id)
            .where(
                BoardSync.enabled.is_(True),
                Account.status == "active",
                ~needs_reconnect(Account.id),
                sa.or_(BoardSync.next_poll_at.is_(None), BoardSync.next_poll_at <= now),
            )
            .order_by(BoardSync.next_poll_at)
            .limit(limit)
        )
    )


def board_sync_entity(session: Session, board_sync_id: int) -> str | None:
    return session.scalar(sa.select(BoardSync.entity).where(BoardSync.id == board_sync_id))


def advance_schedule(sync: BoardSync, now: datetime, speed: float = 1.0) -> datetime:
    """Next poll time after `now`, keeping the sync's phase; downtime never piles polls up.

    `speed` > 1 shortens every interval (demos and benchmarks with a sped-up clock)."""
    interval = timedelta(minutes=sync.interval_minutes) / speed
    base = sync.next_poll_at or now
    if base > now:
        return base
    missed = (now - base) // interval + 1
    sync.next_poll_at = base + missed * interval
    return sync.next_poll_at


@dataclass(frozen=True)
class ConnectionSpec:
    """A SYSPRO connection with its secrets decrypted: for building a client, never output."""

    id: int
    account_id: int
    server_url: str
    rest_base_path: str
    operator: str
    company_id: str
    odata_url: str | None
    odata_user: str | None
    verify_tls: bool
    ca_bundle_pem: str | None
    timeout_seconds: float
    options: dict[str, Any]
    operator_password: str
    company_password: str
    odata_password: str


@dataclass(frozen=True)
class BoardSyncSpec:
    id: int
    account_id: int
    monday_account_id: int
    account_active: bool
    board_id: str
    group_id: str | None
    entity: str
    column_mapping: dict[str, Any]
    mode: str
    interval_minutes: int
    enabled: bool
    cursor_state: dict[str, Any]
    post_updates: bool
    filters: dict[str, Any]
    monday_user_id: int | None
    provisioned_columns: dict[str, Any]
    connection: ConnectionSpec
    board_had_items: bool | None = None
    first_sync: str | None = None
    capacity_policy: str = "archive"  # archive | rollover | stop (sync/capacity.py)
    archive_after_days: int = 90
    # Boards rolled over from: [{board_id, columns, group_id, rolled_at}], oldest first.
    past_boards: tuple[dict[str, Any], ...] = ()


def connection_spec(box: SecretBox, connection: SysproConnection) -> ConnectionSpec:
    secrets = decrypted_secrets(box, connection)
    return ConnectionSpec(
        id=connection.id,
        account_id=connection.account_id,
        server_url=connection.server_url,
        rest_base_path=connection.rest_base_path,
        operator=connection.operator,
        company_id=connection.company_id,
        odata_url=connection.odata_url,
        odata_user=connection.odata_user,
        verify_tls=connection.verify_tls,
        ca_bundle_pem=connection.ca_bundle_pem,
        timeout_seconds=connection.timeout_seconds,
        options=dict(connection.options or {}),
        **secrets,
    )


def load_spec(
    session: Session, box: SecretBox, board_sync_id: int, account_id: int | None = None
) -> BoardSyncSpec:
    """Everything a poll or push needs, read in one go (scoped by account when given)."""
    query = (
        sa.select(BoardSync, Account, SysproConnection)
        .join(Account, Account.id == BoardSync.account_id)
        .join(SysproConnection, SysproConnection.id == BoardSync.connection_id)
        .where(BoardSync.id == board_sync_id)
    )
    if account_id is not None:
        query = query.where(BoardSync.account_id == account_id)
    row = session.execute(query).first()
    if row is None:
        raise NotFound(f"board sync {board_sync_id} not found")
    sync, account, connection = row
    return BoardSyncSpec(
        id=sync.id,
        account_id=sync.account_id,
        monday_account_id=account.monday_account_id,
        account_active=account.status == "active",
        board_id=sync.board_id,
        group_id=sync.group_id,
        entity=sync.entity,
        column_mapping=dict(sync.column_mapping or {}),
        mode=sync.mode,
        interval_minutes=sync.interval_minutes,
        enabled=sync.enabled,
        cursor_state=dict(sync.cursor_state or {}),
        post_updates=sync.post_updates,
        filters=dict(sync.filters or {}),
        monday_user_id=sync.monday_user_id,
        provisioned_columns=dict(sync.provisioned_columns or {}),
        connection=connection_spec(box, connection),
        board_had_items=sync.board_had_items,
        first_sync=sync.first_sync,
        capacity_policy=sync.capacity_policy,
        archive_after_days=sync.archive_after_days,
        past_boards=tuple(sync.past_boards or ()),
    )


def change_tracking(sync: BoardSync) -> dict[str, Any]:
    """How the sync finds SYSPRO changes, and what the last full compare found (for views and
    the CLI): the cursor's mode, why it fell back to dates, the drift last repaired."""
    state = sync.cursor_state or {}
    return {
        "change_cursor": state.get("mode"),
        "cursor_fallback_reason": state.get("fallback_reason"),
        "last_drift": sync.last_drift,
        "reconciled_at": sync.reconciled_at.isoformat() if sync.reconciled_at else None,
    }


def list_board_syncs(session: Session, account_id: int | None = None) -> list[BoardSync]:
    query = sa.select(BoardSync).order_by(BoardSync.id)
    if account_id is not None:
        query = query.where(BoardSync.account_id == account_id)
    return list(session.scalars(query))


def load_connection_spec(
    session: Session, box: SecretBox, connection_id: int
) -> tuple[ConnectionSpec, bool] | None:
    """A connection with its secrets, and whether its account is active (None: no such row).

    For jobs keyed by connection rather than board sync (remote options refresh)."""
    row = session.execute(
        sa.select(SysproConnection, Account.status)
        .join(Account, Account.id == SysproConnection.account_id)
        .where(SysproConnection.id == connection_id)
    ).first()
    if row is None:
        return None
    connection, status = row
    return connection_spec(box, connection), status == "active"


def poll_soon(session: Session, account_id: int, sync_id: int, now: datetime) -> None:
    """Make a board sync due now; its later polls keep the interval from here."""
    get_board_sync(session, account_id, sync_id).next_poll_at = now


def set_lookup_mode(session: Session, account_id: int, sync_id: int, on: bool) -> BoardSync:
    """Turn write-back on or off for a board sync; its board webhooks follow (a job)."""
    sync = get_board_sync(session, account_id, sync_id)
    sync.mode = checked_mode(sync.entity, "lookup" if on else "one_way")
    session.flush()
    return sync


def set_enabled(session: Session, account_id: int, sync_id: int, enabled: bool) -> BoardSync:
    """Stop or restart a board sync by hand; its records and audit stay."""
    sync = get_board_sync(session, account_id, sync_id)
    sync.enabled = enabled
    sync.health, sync.health_reason = ("ok", None) if enabled else ("disabled", "disabled by hand")
    if enabled:
        sync.next_poll_at = utcnow()
    session.flush()
    return sync


def delete_board_sync(session: Session, account_id: int, sync_id: int) -> None:
    """Remove a board sync and (by cascade) its records and deliveries; the audit trail stays
    (its events keep their board id, the sync's id becomes NULL)."""
    session.delete(get_board_sync(session, account_id, sync_id))
    session.flush()
