"""expiring monday tokens: why a token stopped working; refresh tokens waiting to be revoked

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import store.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("monday_tokens") as batch:
        batch.add_column(sa.Column("unusable_reason", sa.Text(), nullable=True))
    op.create_table(
        "token_revocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("token_encrypted", sa.Text(), nullable=False),
        sa.Column("token_type_hint", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"],
            name=op.f("fk_token_revocations_account_id_accounts"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_token_revocations")),
    )
    with op.batch_alter_table("token_revocations") as batch:
        batch.create_index(
            batch.f("ix_token_revocations_account_id"), ["account_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("token_revocations") as batch:
        batch.drop_index(batch.f("ix_token_revocations_account_id"))
    op.drop_table("token_revocations")
    with op.batch_alter_table("monday_tokens") as batch:
        batch.drop_column("unusable_reason")
