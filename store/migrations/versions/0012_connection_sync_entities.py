"""connection sync_entities: what the customer chose to sync and write back (null: all)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable with no default: every existing connection keeps syncing everything (null).
    with op.batch_alter_table("syspro_connections") as batch:
        batch.add_column(sa.Column("sync_entities", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("syspro_connections") as batch:
        batch.drop_column("sync_entities")
