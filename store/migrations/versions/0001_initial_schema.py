"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import store.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("monday_account_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("slug", sa.String(length=255), nullable=False),
        sa.Column("tier", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("installed_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("uninstalled_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("monday_account_id", name=op.f("uq_accounts_monday_account_id")),
    )
    op.create_table(
        "monday_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("monday_user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("access_token_encrypted", sa.Text(), nullable=False),
        sa.Column("refresh_token_encrypted", sa.Text(), nullable=True),
        sa.Column("scopes", sa.Text(), nullable=False),
        sa.Column("expires_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_monday_tokens_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monday_tokens")),
        sa.UniqueConstraint(
            "account_id", "monday_user_id", "kind", name=op.f("uq_monday_tokens_account_id")
        ),
    )
    with op.batch_alter_table("monday_tokens", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monday_tokens_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "syspro_connections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("server_url", sa.String(length=500), nullable=False),
        sa.Column("rest_base_path", sa.String(length=200), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("operator_password_encrypted", sa.Text(), nullable=True),
        sa.Column("company_id", sa.String(length=50), nullable=False),
        sa.Column("company_password_encrypted", sa.Text(), nullable=True),
        sa.Column("odata_url", sa.String(length=500), nullable=True),
        sa.Column("odata_user", sa.String(length=100), nullable=True),
        sa.Column("odata_password_encrypted", sa.Text(), nullable=True),
        sa.Column("poll_interval_minutes", sa.Integer(), nullable=False),
        sa.Column("verify_tls", sa.Boolean(), nullable=False),
        sa.Column("ca_bundle_pem", sa.Text(), nullable=True),
        sa.Column("timeout_seconds", sa.Float(), nullable=False),
        sa.Column(
            "options",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("last_tested_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("last_test_ok", sa.Boolean(), nullable=True),
        sa.Column(
            "last_test_report",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_syspro_connections_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_syspro_connections")),
        sa.UniqueConstraint("account_id", "name", name=op.f("uq_syspro_connections_account_id")),
    )
    with op.batch_alter_table("syspro_connections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_syspro_connections_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "board_syncs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.String(length=32), nullable=False),
        sa.Column("group_id", sa.String(length=100), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column(
            "column_mapping",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("interval_minutes", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column(
            "cursor_state",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("next_poll_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("last_poll_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "interval_minutes BETWEEN 5 AND 60", name=op.f("ck_board_syncs_interval_range")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_board_syncs_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["syspro_connections.id"],
            name=op.f("fk_board_syncs_connection_id_syspro_connections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_syncs")),
        sa.UniqueConstraint(
            "account_id", "board_id", "entity", name=op.f("uq_board_syncs_account_id")
        ),
    )
    with op.batch_alter_table("board_syncs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_syncs_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_board_syncs_connection_id"), ["connection_id"], unique=False
        )

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("board_sync_id", sa.Integer(), nullable=True),
        sa.Column("syspro_id", sa.String(length=200), nullable=True),
        sa.Column("poll_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("board_id", sa.String(length=32), nullable=True),
        sa.Column("item_id", sa.String(length=32), nullable=True),
        sa.Column("synced_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column(
            "detail",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("error_chain", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_audit_events_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["board_sync_id"],
            ["board_syncs.id"],
            name=op.f("fk_audit_events_board_sync_id_board_syncs"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_events_record", ["account_id", "board_id", "syspro_id"], unique=False
        )
        batch_op.create_index("ix_audit_events_time", ["account_id", "synced_at"], unique=False)

    op.create_table(
        "poll_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("board_sync_id", sa.Integer(), nullable=False),
        sa.Column("started_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column(
            "cursor_before",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "cursor_after",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("records_read", sa.Integer(), nullable=False),
        sa.Column("records_changed", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_poll_runs_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["board_sync_id"],
            ["board_syncs.id"],
            name=op.f("fk_poll_runs_board_sync_id_board_syncs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_runs")),
    )
    with op.batch_alter_table("poll_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_poll_runs_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_poll_runs_board_sync_id"), ["board_sync_id"], unique=False
        )

    op.create_table(
        "sync_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("board_sync_id", sa.Integer(), nullable=False),
        sa.Column("syspro_key", sa.String(length=200), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("monday_item_id", sa.String(length=32), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", store.types.UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_sync_records_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["board_sync_id"],
            ["board_syncs.id"],
            name=op.f("fk_sync_records_board_sync_id_board_syncs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_records")),
        sa.UniqueConstraint(
            "board_sync_id", "syspro_key", name=op.f("uq_sync_records_board_sync_id")
        ),
    )
    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_records_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            "ix_sync_records_due", ["board_sync_id", "state", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_records", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_records_due")
        batch_op.drop_index(batch_op.f("ix_sync_records_account_id"))

    op.drop_table("sync_records")
    with op.batch_alter_table("poll_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_runs_board_sync_id"))
        batch_op.drop_index(batch_op.f("ix_poll_runs_account_id"))

    op.drop_table("poll_runs")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_time")
        batch_op.drop_index("ix_audit_events_record")

    op.drop_table("audit_events")
    with op.batch_alter_table("board_syncs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_syncs_connection_id"))
        batch_op.drop_index(batch_op.f("ix_board_syncs_account_id"))

    op.drop_table("board_syncs")
    with op.batch_alter_table("syspro_connections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_syspro_connections_account_id"))

    op.drop_table("syspro_connections")
    with op.batch_alter_table("monday_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monday_tokens_account_id"))

    op.drop_table("monday_tokens")
    op.drop_table("accounts")
