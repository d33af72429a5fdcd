"""cheap dedupe: whether a board held items before its sync, when a record's create was sent

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing syncs keep NULL ("not known"): they go on looking records up before creates.
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("board_had_items", sa.Boolean(), nullable=True))
    with op.batch_alter_table("sync_records") as batch:
        batch.add_column(sa.Column("create_sent_at", store.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_records") as batch:
        batch.drop_column("create_sent_at")
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("board_had_items")
