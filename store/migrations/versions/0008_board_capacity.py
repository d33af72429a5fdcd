"""board capacity: a policy per board sync for full boards, and where each record's item lives

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("capacity_policy", sa.String(length=20), nullable=False,
                                   server_default="archive"))
        batch.add_column(sa.Column("archive_after_days", sa.Integer(), nullable=False,
                                   server_default="90"))
        batch.add_column(sa.Column("past_boards", sa.JSON(), nullable=False,
                                   server_default="[]"))
    with op.batch_alter_table("sync_records") as batch:
        batch.add_column(sa.Column("monday_board_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("archived_at", store.types.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("settled_on", sa.Date(), nullable=True))
    # Every item written so far lives on its sync's (only) board.
    op.execute(
        "UPDATE sync_records SET monday_board_id = (SELECT board_syncs.board_id FROM board_syncs"
        " WHERE board_syncs.id = sync_records.board_sync_id)"
        " WHERE monday_item_id IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_records") as batch:
        batch.drop_column("settled_on")
        batch.drop_column("archived_at")
        batch.drop_column("monday_board_id")
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("past_boards")
        batch.drop_column("archive_after_days")
        batch.drop_column("capacity_policy")
