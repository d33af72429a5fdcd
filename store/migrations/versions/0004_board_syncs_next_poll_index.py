"""index on board_syncs.next_poll_at: the schedule's every-minute read of the due syncs

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_board_syncs_next_poll_at", "board_syncs", ["next_poll_at"])


def downgrade() -> None:
    op.drop_index("ix_board_syncs_next_poll_at", table_name="board_syncs")
