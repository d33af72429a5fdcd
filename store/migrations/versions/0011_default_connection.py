"""default connection: the one an automation uses when the account has several

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
# 0008-0010 are being added in parallel; until they land this follows 0007 (then: "0010").
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("syspro_connections") as batch:
        batch.add_column(sa.Column("is_default", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    # Each account's oldest connection (the first one listed) becomes its default.
    op.execute(
        "UPDATE syspro_connections SET is_default = true WHERE id IN "
        "(SELECT MIN(id) FROM syspro_connections GROUP BY account_id)"
    )
    op.create_index("uq_syspro_connections_default", "syspro_connections", ["account_id"],
                    unique=True, sqlite_where=sa.text("is_default"),
                    postgresql_where=sa.text("is_default"))


def downgrade() -> None:
    op.drop_index("uq_syspro_connections_default", table_name="syspro_connections")
    with op.batch_alter_table("syspro_connections") as batch:
        batch.drop_column("is_default")
