"""Board syncs, the per-record state behind them, and poll runs."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base, Timestamps

ENTITIES = (
    "supplier_invoices",
    "purchase_orders",
    "goods_receipts",
    "customer_invoices",
    "suppliers",
    "customers",
    "gl_accounts",
    "stock_items",
)
MODES = ("one_way", "lookup")
# Lookup mode writes board edits back to SYSPRO: only reference data has a Setup business
# object for that (sync/writeback.py SETUP_OBJECTS); documents (invoices, POs, GRNs) do not.
LOOKUP_ENTITIES = ("suppliers", "customers")
RECORD_STATES = ("pending", "synced", "failed", "vanished")
# What a board sync does when its board nears monday's cap on items created through the API
# (sync/capacity.py): archive settled records, roll over to a new board, or stop creating.
CAPACITY_POLICIES = ("archive", "rollover", "stop")
DEFAULT_CAPACITY_POLICY = "archive"
DEFAULT_ARCHIVE_AFTER_DAYS = 90


class BoardSync(Timestamps, Base):
    """This connection's entity goes to this board, with this mapping, every N minutes."""

    __tablename__ = "board_syncs"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "board_id", "entity"),
        sa.CheckConstraint("interval_minutes BETWEEN 5 AND 60", name="interval_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    connection_id: Mapped[int] = mapped_column(
        sa.ForeignKey("syspro_connections.id", ondelete="CASCADE"), index=True
    )
    # monday ids are strings of digits in the API; kept as text so nothing is ever rounded.
    board_id: Mapped[str] = mapped_column(sa.String(32))
    group_id: Mapped[str | None] = mapped_column(sa.String(100))
    entity: Mapped[str] = mapped_column(sa.String(40))
    column_mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    mode: Mapped[str] = mapped_column(sa.String(20), default="one_way")
    interval_minutes: Mapped[int] = mapped_column(default=15)
    enabled: Mapped[bool] = mapped_column(default=True)
    # Post an update on the item when something significant happens (a payment, a cancel).
    post_updates: Mapped[bool] = mapped_column(default=True)
    # Restrictions chosen in the recipe (branch, warehouse, currency), applied after reading.
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Which monday user's token acts for this sync (the one who added the recipe).
    monday_user_id: Mapped[int | None] = mapped_column(sa.BigInteger)
    # The recipe subscription that created it: monday retries subscribe, we create once.
    recipe_subscription_id: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    # Columns found or created on the board: logical field -> monday column id.
    provisioned_columns: Mapped[dict[str, Any]] = mapped_column(default=dict)
    provisioned_at: Mapped[datetime | None]
    # Whether the board held items before the sync first wrote to it (None: not known, as
    # for syncs older than this column). Only then can an item already carry a SYSPRO ID
    # the sync did not write, so only then must new records be looked up before a create.
    board_had_items: Mapped[bool | None]
    # Board webhooks we created (lookup mode), so uninstall/unsubscribe can remove them.
    webhook_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # ok | failing | needs_reauth | disabled, with the reason a person can act on.
    health: Mapped[str] = mapped_column(sa.String(20), default="ok")
    health_reason: Mapped[str | None] = mapped_column(sa.Text)
    # The state ("ok" | "failing") its people were last told of (store/alerts.py); null: ok.
    alerted_health: Mapped[str | None] = mapped_column(sa.String(20))
    # What the first sync brings: "open" (unpaid/outstanding), "all", or "since:YYYY-MM-DD";
    # NULL: the entity's default (syspro/first_sync.py).
    first_sync: Mapped[str | None] = mapped_column(sa.String(40))
    # The change cursor (sync/cursor.py): rowversion marks per table, or the date window.
    cursor_state: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The last full compare with SYSPRO and the board, and how many records had drifted.
    reconciled_at: Mapped[datetime | None]
    last_drift: Mapped[int | None]
    # Indexed: the schedule reads the syncs due, soonest first, every minute.
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    last_poll_at: Mapped[datetime | None]
    # The latest first sync or backfill ("first_sync" | "backfill") and when it began: the
    # board view's progress counts the writes since then (store/board_view.py).
    wave_kind: Mapped[str | None] = mapped_column(sa.String(20))
    wave_started_at: Mapped[datetime | None]
    # Set by the first regular poll that finds the outbox drained: the wave is over, and later
    # changes are ordinary updates, not part of it.
    wave_ended_at: Mapped[datetime | None]
    # Full boards (sync/capacity.py): the policy, and after how many days settled records
    # are archived under the archive policy.
    capacity_policy: Mapped[str] = mapped_column(
        sa.String(20), default=DEFAULT_CAPACITY_POLICY, server_default=DEFAULT_CAPACITY_POLICY
    )
    archive_after_days: Mapped[int] = mapped_column(
        default=DEFAULT_ARCHIVE_AFTER_DAYS, server_default=str(DEFAULT_ARCHIVE_AFTER_DAYS)
    )
    # Boards this sync rolled over from, oldest first: [{board_id, columns, group_id, name,
    # rolled_at}]. Their items keep being updated there (each record knows its board).
    past_boards: Mapped[list[Any]] = mapped_column(sa.JSON, default=list, server_default="[]")


class SyncRecord(Timestamps, Base):
    """One SYSPRO transaction on one board: what we last sent, and where it is in monday."""

    __tablename__ = "sync_records"
    __table_args__ = (
        sa.UniqueConstraint("board_sync_id", "syspro_key"),
        sa.Index("ix_sync_records_due", "board_sync_id", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    board_sync_id: Mapped[int] = mapped_column(
        sa.ForeignKey("board_syncs.id", ondelete="CASCADE")
    )
    # Opaque: SYSPRO keys keep their leading spaces and zero fill.
    syspro_key: Mapped[str] = mapped_column(sa.String(200))
    # Hash of the values monday last confirmed; equal hash on the next poll = no monday call.
    content_hash: Mapped[str] = mapped_column(sa.String(64), default="")
    synced_values: Mapped[dict[str, Any] | None]
    # The outbox: what must still be written, set by a poll, cleared by the push that wrote it.
    pending_hash: Mapped[str | None] = mapped_column(sa.String(64))
    pending_values: Mapped[dict[str, Any] | None]
    pending_name: Mapped[str | None] = mapped_column(sa.String(255))
    # The state the record takes once monday has the pending write: "synced", or "vanished"
    # for the write that marks a record SYSPRO no longer returns (null: nothing pending).
    pending_state: Mapped[str | None] = mapped_column(sa.String(20))
    # Updates (comments) to post with the write: significant SYSPRO events.
    pending_notes: Mapped[list[Any] | None] = mapped_column(sa.JSON)
    # When the poll that produced the pending values started (for the audit trail).
    fetched_at: Mapped[datetime | None]
    monday_item_id: Mapped[str | None] = mapped_column(sa.String(32))
    state: Mapped[str] = mapped_column(sa.String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    # The last failure as data (sync/failure_text.py): where it happened, the column and value
    # monday refused, monday's code; the board view turns it into a sentence.
    failure: Mapped[dict[str, Any] | None]
    # Was the record open in SYSPRO when last read (unpaid, unfinished)? The date-window
    # cursor re-reads records that leave the open set (null: not known yet).
    syspro_open: Mapped[bool | None]
    # When a create of this record was last sent to monday; with no item id stored, its
    # outcome is unknown (a crash or timeout), so the push looks for the item first.
    create_sent_at: Mapped[datetime | None]
    # The board the item lives on (a sync that rolled over writes new records elsewhere):
    # with monday_item_id the authoritative key -> item map, archived items included.
    monday_board_id: Mapped[str | None] = mapped_column(sa.String(32))
    # When the connector archived the item on monday (it keeps its id and takes updates).
    archived_at: Mapped[datetime | None]
    # The day the record was last written settled (paid, completed...; null: not settled):
    # the archive policy archives items settled for longer than the sync's N days.
    settled_on: Mapped[date | None] = mapped_column(sa.Date)


class TriggerSubscription(Timestamps, Base):
    """A custom recipe trigger ("when a SYSPRO invoice is posted or changes"): where to POST."""

    __tablename__ = "trigger_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    # monday's subscriptionId: subscribe is retried, we store once.
    subscription_id: Mapped[str] = mapped_column(sa.String(64), unique=True)
    entity: Mapped[str] = mapped_column(sa.String(40))
    connection_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("syspro_connections.id", ondelete="SET NULL")
    )
    webhook_url: Mapped[str] = mapped_column(sa.String(500))
    recipe_id: Mapped[str | None] = mapped_column(sa.String(64))
    integration_id: Mapped[str | None] = mapped_column(sa.String(64))
    input_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enabled: Mapped[bool] = mapped_column(default=True)


class ProcessedDelivery(Base):
    """Ids of deliveries already handled (webhook triggerUuid, recipe actionUuid), for dedupe.

    Inserting the id is the claim: the unique constraint makes the second delivery lose.
    """

    __tablename__ = "processed_deliveries"
    __table_args__ = (sa.UniqueConstraint("kind", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(40))
    external_id: Mapped[str] = mapped_column(sa.String(128))
    received_at: Mapped[datetime]


class PollRun(Base):
    """One poll of one board sync: what it read, what changed, how it ended."""

    __tablename__ = "poll_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    board_sync_id: Mapped[int] = mapped_column(
        sa.ForeignKey("board_syncs.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(sa.String(20), default="running")
    cursor_before: Mapped[dict[str, Any] | None]
    cursor_after: Mapped[dict[str, Any] | None]
    records_read: Mapped[int] = mapped_column(default=0)
    records_changed: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
