"""outbox, recipes, triggers and delivery dedupe

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import store.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processed_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=False),
        sa.Column("received_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_processed_deliveries_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_deliveries")),
        sa.UniqueConstraint("kind", "external_id", name=op.f("uq_processed_deliveries_kind")),
    )
    with op.batch_alter_table("processed_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processed_deliveries_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "trigger_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=True),
        sa.Column("webhook_url", sa.String(length=500), nullable=False),
        sa.Column("recipe_id", sa.String(length=64), nullable=True),
        sa.Column("integration_id", sa.String(length=64), nullable=True),
        sa.Column(
            "input_fields",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_trigger_subscriptions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["syspro_connections.id"],
            name=op.f("fk_trigger_subscriptions_connection_id_syspro_connections"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trigger_subscriptions")),
        sa.UniqueConstraint(
            "subscription_id", name=op.f("uq_trigger_subscriptions_subscription_id")
        ),
    )
    with op.batch_alter_table("trigger_subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trigger_subscriptions_account_id"), ["account_id"], unique=False
        )

    with op.batch_alter_table("board_syncs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("post_updates", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column(
                "filters",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default=sa.text("'{}'"),
            )
        )
        batch_op.add_column(sa.Column("monday_user_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("recipe_subscription_id", sa.String(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "provisioned_columns",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default=sa.text("'{}'"),
            )
        )
        batch_op.add_column(sa.Column("provisioned_at", store.types.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "webhook_ids",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=False,
                server_default=sa.text("'{}'"),
            )
        )
        batch_op.add_column(
            sa.Column("health", sa.String(length=20), nullable=False, server_default="ok")
        )
        batch_op.add_column(sa.Column("health_reason", sa.Text(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_board_syncs_recipe_subscription_id"), ["recipe_subscription_id"]
        )

    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "synced_values",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("pending_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column(
                "pending_values",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("pending_name", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("pending_notes", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("fetched_at", store.types.UTCDateTime(), nullable=True))

    with op.batch_alter_table("syspro_connections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sync_url_token_encrypted", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("syspro_connections", schema=None) as batch_op:
        batch_op.drop_column("sync_url_token_encrypted")

    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.drop_column("fetched_at")
        batch_op.drop_column("pending_notes")
        batch_op.drop_column("pending_name")
        batch_op.drop_column("pending_values")
        batch_op.drop_column("pending_hash")
        batch_op.drop_column("synced_values")

    with op.batch_alter_table("board_syncs", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_board_syncs_recipe_subscription_id"), type_="unique"
        )
        batch_op.drop_column("health_reason")
        batch_op.drop_column("health")
        batch_op.drop_column("webhook_ids")
        batch_op.drop_column("provisioned_at")
        batch_op.drop_column("provisioned_columns")
        batch_op.drop_column("recipe_subscription_id")
        batch_op.drop_column("monday_user_id")
        batch_op.drop_column("filters")
        batch_op.drop_column("post_updates")

    with op.batch_alter_table("trigger_subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trigger_subscriptions_account_id"))

    op.drop_table("trigger_subscriptions")
    with op.batch_alter_table("processed_deliveries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_deliveries_account_id"))

    op.drop_table("processed_deliveries")
