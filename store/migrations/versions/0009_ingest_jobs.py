"""ingest jobs: bulk first imports through monday's ingest_items; what a first sync brings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import store.types

revision = "0009"
# Chained to 0007 for now: 0008 is being added in parallel; the merge re-chains this to it.
down_revision = "0008"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    # NULL: the entity's default scope (syspro/first_sync.py); existing syncs are past it.
    with op.batch_alter_table("board_syncs") as batch:
        batch.add_column(sa.Column("first_sync", sa.String(length=40), nullable=True))
    op.create_table(
        "ingest_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("board_sync_id", sa.Integer(), nullable=False),
        sa.Column("monday_job_id", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("counts", JSON, nullable=True),
        sa.Column("failure_reason", sa.String(length=64), nullable=True),
        sa.Column("failure_message", sa.Text(), nullable=True),
        sa.Column("started_at", store.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"],
                                name=op.f("fk_ingest_jobs_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["board_sync_id"], ["board_syncs.id"],
                                name=op.f("fk_ingest_jobs_board_sync_id_board_syncs"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_jobs")),
    )
    op.create_index(op.f("ix_ingest_jobs_account_id"), "ingest_jobs", ["account_id"])
    op.create_index(op.f("ix_ingest_jobs_board_sync_id"), "ingest_jobs", ["board_sync_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_ingest_jobs_board_sync_id"), table_name="ingest_jobs")
    op.drop_index(op.f("ix_ingest_jobs_account_id"), table_name="ingest_jobs")
    op.drop_table("ingest_jobs")
    with op.batch_alter_table("board_syncs") as batch:
        batch.drop_column("first_sync")
