"""A person's retry of failed records: one rule for the board view and workflows, on both
engines."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from store.db import Database
from store.errors import NotFound
from store.models import AuditEvent, SyncRecord
from store.retries import retry_failed, retry_record


@pytest.fixture
def seeded(board_sync: tuple[Database, int, int]) -> tuple[Database, int, int]:
    """The store's board sync holding a record monday refused (a write waiting), one SYSPRO
    sent unreadable (nothing to write) and one synced: (database, account, sync)."""
    db, account_id, sync_id = board_sync
    with db.session() as session:
        common = {"account_id": account_id, "board_sync_id": sync_id, "attempts": 2}
        session.add_all([
            SyncRecord(syspro_key="  REFUSED", state="failed", pending_hash="h",
                       pending_values={"amount": "1.00"}, pending_name="REFUSED", **common),
            SyncRecord(syspro_key="  UNREADABLE", state="failed", last_error="bad row", **common),
            SyncRecord(syspro_key="  FINE", state="synced", content_hash="c", **common),
        ])
    return board_sync


def _states(database: Database) -> dict[str, tuple[str, bool]]:
    with database.session() as session:
        return {r.syspro_key.strip(): (r.state, r.next_attempt_at is not None)
                for r in session.scalars(sa.select(SyncRecord))}


def test_refused_records_become_pending_and_unreadable_ones_stay_failed_for_the_poll(
        seeded) -> None:
    database, account_id, sync_id = seeded
    with database.session() as session:
        retried = retry_failed(session, SyncRecord.board_sync_id == sync_id, asked_by=7,
                               via="board view")
        assert sorted(r.syspro_key for r in retried) == ["  REFUSED", "  UNREADABLE"]
    # Made pending, the unreadable row would wait for a write that never comes.
    assert _states(database) == {"REFUSED": ("pending", True), "UNREADABLE": ("failed", True),
                                 "FINE": ("synced", False)}
    with database.session() as session:
        events = session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "retried"))
        assert sorted((e.syspro_id, e.board_id, e.detail["asked_by"], e.detail["via"])
                      for e in events) == [("  REFUSED", "123", 7, "board view"),
                                           ("  UNREADABLE", "123", 7, "board view")]
        # Asked again: the refused record is no longer failing; the unreadable one still is.
        again = retry_failed(session, SyncRecord.board_sync_id == sync_id, asked_by=7,
                             via="monday workflow")
        assert [r.syspro_key for r in again] == ["  UNREADABLE"]


def test_one_record_is_the_accounts_and_failing_or_not_found(seeded) -> None:
    database, account_id, _ = seeded
    with database.session() as session:
        ids = {r.syspro_key.strip(): r.id for r in session.scalars(sa.select(SyncRecord))}
        with pytest.raises(NotFound):
            retry_record(session, account_id + 1, ids["REFUSED"], asked_by=None)  # not theirs
        with pytest.raises(NotFound):
            retry_record(session, account_id, ids["FINE"], asked_by=None)  # not failing
        assert retry_record(session, account_id, ids["REFUSED"], asked_by=None).state == "pending"
