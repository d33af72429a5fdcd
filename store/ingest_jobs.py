"""Ingest jobs of a board sync: started before the upload, finished with monday's counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.models import IngestJob, SyncRecord
from store.types import utcnow


@dataclass(frozen=True)
class OpenJob:
    id: int
    monday_job_id: str | None
    state: str
    record_ids: list[int]


def start_job(session: Session, account_id: int, board_sync_id: int,
              record_ids: list[int]) -> int:
    """The job row, and every record in it marked as sent: after a crash the records' creates
    may have reached monday, so a later mutation path looks their items up first."""
    job = IngestJob(account_id=account_id, board_sync_id=board_sync_id, state="starting",
                    record_ids=list(record_ids), rows=len(record_ids), started_at=utcnow())
    session.add(job)
    if record_ids:
        session.execute(sa.update(SyncRecord).where(SyncRecord.id.in_(record_ids))
                        .values(create_sent_at=utcnow()))
    session.flush()
    return job.id


def set_uploaded(session: Session, job_id: int, monday_job_id: str) -> None:
    session.execute(sa.update(IngestJob).where(IngestJob.id == job_id)
                    .values(monday_job_id=monday_job_id, state="uploaded"))


def finish_job(session: Session, job_id: int, state: str, counts: dict[str, Any] | None,
               reason: str | None = None, message: str | None = None) -> None:
    session.execute(sa.update(IngestJob).where(IngestJob.id == job_id).values(
        state=state, counts=counts, failure_reason=reason, failure_message=message,
        finished_at=utcnow()))


def open_job(session: Session, board_sync_id: int) -> OpenJob | None:
    """The board sync's job a killed push left unfinished, if any (the newest)."""
    job = session.scalar(sa.select(IngestJob).where(
        IngestJob.board_sync_id == board_sync_id,
        IngestJob.state.in_(("starting", "uploaded"))).order_by(IngestJob.id.desc()).limit(1))
    if job is None:
        return None
    return OpenJob(job.id, job.monday_job_id, job.state, [int(i) for i in job.record_ids])


def clear_create_sent(session: Session, record_ids: list[int]) -> None:
    """monday refused the whole job before writing anything: no item can exist, so the
    mutation path need not look these records up before creating them."""
    if record_ids:
        session.execute(sa.update(SyncRecord).where(SyncRecord.id.in_(record_ids),
                                                    SyncRecord.monday_item_id.is_(None))
                        .values(create_sent_at=None))
