"""pending_state: the state a record takes once monday has its pending write

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

The push used to tell a vanished record's write from any other by its status label (the
board's label for "Removed in SYSPRO"). The state is now stored with the pending write;
writes already waiting get it from that same label rule, so they keep their meaning.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# Frozen copies of sync.mapping's names as they were when this ran: a migration never
# follows later code.
VANISHED_LABEL = "Removed in SYSPRO"
STATUS_COLUMN_KEY = "status"
JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("sync_records") as batch:
        batch.add_column(sa.Column("pending_state", sa.String(length=20), nullable=True))
    _backfill(op.get_bind())


def _backfill(conn: Any) -> None:
    """Pending writes: "vanished" where the pending status is the board's removed label (the
    rule the push applied until now), else "synced"."""
    syncs = sa.table("board_syncs", sa.column("id", sa.Integer),
                     sa.column("column_mapping", JSON))
    records = sa.table("sync_records", sa.column("id", sa.Integer),
                       sa.column("board_sync_id", sa.Integer),
                       sa.column("pending_hash", sa.String),
                       sa.column("pending_values", JSON),
                       sa.column("pending_state", sa.String))
    labels = {
        sync_id: ((mapping or {}).get("labels") or {}).get(VANISHED_LABEL, VANISHED_LABEL)
        for sync_id, mapping in conn.execute(sa.select(syncs.c.id, syncs.c.column_mapping))
    }
    vanished = [
        record_id for record_id, sync_id, values in conn.execute(
            sa.select(records.c.id, records.c.board_sync_id, records.c.pending_values)
            .where(records.c.pending_hash.is_not(None))
        )
        if (values or {}).get(STATUS_COLUMN_KEY) == labels.get(sync_id, VANISHED_LABEL)
    ]
    conn.execute(sa.update(records).where(records.c.pending_hash.is_not(None))
                 .values(pending_state="synced"))
    for start in range(0, len(vanished), 500):
        conn.execute(sa.update(records).where(records.c.id.in_(vanished[start:start + 500]))
                     .values(pending_state="vanished"))


def downgrade() -> None:
    with op.batch_alter_table("sync_records") as batch:
        batch.drop_column("pending_state")
