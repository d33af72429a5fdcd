"""change cursor: open flag per record; reconciliation time and drift per board sync

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_records") as batch:
        batch.add_column(sa.Column("syspro_open", sa.Boolean(), nullable=True))
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("reconciled_at", store.types.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("last_drift", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("last_drift")
        batch.drop_column("reconciled_at")
    with op.batch_alter_table("sync_records") as batch:
        batch.drop_column("syspro_open")
