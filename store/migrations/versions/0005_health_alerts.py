"""health alerts: the state last alerted per board sync; an account's alert webhook

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("alerted_health", sa.String(length=20), nullable=True))
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("alert_webhook_url", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("alert_webhook_url")
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("alerted_health")
