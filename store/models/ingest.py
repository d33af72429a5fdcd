"""Bulk import jobs (monday's ingest_items): which records went in which job, and how it ended."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base

INGEST_STATES = ("starting", "uploaded", "completed", "failed", "abandoned")


class IngestJob(Base):
    """One ingest_items job of a board sync. Written before the upload leaves, so a push
    killed while monday works on the job finds it again and waits for it rather than upload
    the same rows twice; `record_ids` are in CSV row order (row 1 = the first)."""

    __tablename__ = "ingest_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    board_sync_id: Mapped[int] = mapped_column(
        sa.ForeignKey("board_syncs.id", ondelete="CASCADE"), index=True
    )
    monday_job_id: Mapped[str | None] = mapped_column(sa.String(64))
    state: Mapped[str] = mapped_column(sa.String(20), default="starting")
    record_ids: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    rows: Mapped[int] = mapped_column(default=0)
    # monday's counts (submitted invalid skipped created updated failed) when it finished.
    counts: Mapped[dict[str, Any] | None]
    failure_reason: Mapped[str | None] = mapped_column(sa.String(64))
    failure_message: Mapped[str | None] = mapped_column(sa.Text)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
