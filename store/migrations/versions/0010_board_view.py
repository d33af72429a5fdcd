"""board view: a failed record's failure as data, the first sync / backfill under way, and an
index for one sync's audit trail by time

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import store.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    # NULL for failures recorded before this column: their reason is read from last_error.
    with op.batch_alter_table("sync_records") as batch:
        batch.add_column(sa.Column("failure", JSON, nullable=True))
    # NULL: no first sync or backfill recorded (older syncs show no progress bar).
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("wave_kind", sa.String(20), nullable=True))
        batch.add_column(sa.Column("wave_started_at", store.types.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("wave_ended_at", store.types.UTCDateTime(), nullable=True))


    # The board view reads one sync's trail newest first and per hour (store/board_view.py).
    op.create_index("ix_audit_events_sync_time", "audit_events", ["board_sync_id", "synced_at"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_sync_time", table_name="audit_events")
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("wave_ended_at")
        batch.drop_column("wave_started_at")
        batch.drop_column("wave_kind")
    with op.batch_alter_table("sync_records") as batch:
        batch.drop_column("failure")
