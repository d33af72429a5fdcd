"""The board view's queries on both engines: hourly history in one GROUP BY, the pace-based
progress, and the audit page with SYSPRO's padded keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from store.audit import AuditEntry, record
from store.audit_query import audit_page
from store.board_view import end_wave_if_drained, hourly_history, mark_wave, progress
from store.db import Database
from store.models import BoardSync, SyncRecord

NOW = datetime(2026, 12, 1, 13, 40, tzinfo=UTC)


def _events(database: Database, account_id: int, sync_id: int,
            events: list[tuple[str, datetime, str | None, dict | None]]) -> None:
    with database.session() as session:
        record(session, [AuditEntry(account_id=account_id, board_sync_id=sync_id, action=a,
                                    synced_at=at, syspro_id=key, detail=detail)
                         for a, at, key, detail in events])


def test_history_counts_each_hour_with_zeros(board_sync) -> None:
    database, account_id, sync_id = board_sync
    hour = NOW.replace(minute=0)
    _events(database, account_id, sync_id, [
        ("created", hour + timedelta(minutes=1), "A", None),
        ("created", hour + timedelta(minutes=59), "B", None),
        ("updated", hour - timedelta(minutes=1), "A", None),  # the hour before
        ("failed", hour - timedelta(hours=30), "C", None),
        ("unchanged_skipped", hour + timedelta(minutes=5), None, {"count": 40}),
        ("unchanged_skipped", hour + timedelta(minutes=6), None, {"count": 2}),
        ("created", hour - timedelta(days=8), "old", None),  # outside the 7 days
    ])
    with database.session() as session:
        hours = hourly_history(session, sync_id, 7, NOW)
    assert len(hours) == 168 and hours[0]["hour"] == "2026-11-24T14:00:00Z"
    by_hour = {h["hour"]: h for h in hours}
    assert by_hour["2026-12-01T13:00:00Z"] == {"hour": "2026-12-01T13:00:00Z", "created": 2,
                                               "updated": 0, "failed": 0, "unchanged": 42}
    assert by_hour["2026-12-01T12:00:00Z"]["updated"] == 1
    assert by_hour["2026-11-30T07:00:00Z"]["failed"] == 1
    assert sum(h["created"] for h in hours) == 2


def test_progress_eta_follows_the_pace_of_the_last_ten_minutes(board_sync) -> None:
    database, account_id, sync_id = board_sync
    with database.session() as session:
        mark_wave(session, sync_id, "first_sync")
    now = datetime.now(UTC)
    # 100 written 30 to 20 minutes ago (outside the window), 50 in the last ten minutes.
    _events(database, account_id, sync_id,
            [("created", now - timedelta(minutes=25), f"k{i}", None) for i in range(100)]
            + [("created", now - timedelta(minutes=5), f"m{i}", None) for i in range(50)])
    with database.session() as session:
        sync = session.get(BoardSync, sync_id)
        sync.wave_started_at = now - timedelta(minutes=30)
        session.flush()
        found = progress(session, sync, pending=300, now=now)
        done = progress(session, sync, pending=0, now=now)
    assert (found.active, found.kind, found.staged, found.pushed) == (True, "first_sync",
                                                                      450, 150)
    assert found.rate_per_minute == 5.0  # 50 in 10 minutes, not 150 in 30
    assert found.eta_seconds == 300 / 5 * 60
    assert (done.active, done.kind, done.eta_seconds) == (False, None, None)


def test_first_sync_is_marked_once_and_a_backfill_starts_anew(board_sync) -> None:
    database, _, sync_id = board_sync
    with database.session() as session:
        mark_wave(session, sync_id, "first_sync")
        first = session.get(BoardSync, sync_id).wave_started_at
    with database.session() as session:
        mark_wave(session, sync_id, "first_sync")
        assert session.get(BoardSync, sync_id).wave_started_at == first
        mark_wave(session, sync_id, "backfill")
        session.expire_all()
        assert session.get(BoardSync, sync_id).wave_kind == "backfill"


def test_audit_page_matches_padded_keys_and_pages_newest_first(board_sync) -> None:
    database, account_id, sync_id = board_sync
    _events(database, account_id, sync_id,
            [("created", NOW - timedelta(minutes=i), "   1001|INV7", None) for i in range(7)]
            + [("failed", NOW - timedelta(days=2), "1001|INV8", None),
               ("created", NOW, "21001|INV7", None)])
    with database.session() as session:
        page = audit_page(session, account_id, sync_id, syspro_id="1001|INV7", page=2,
                          per_page=5)
        assert page.total == 7 and len(page.entries) == 2
        assert [e.synced_at for e in page.entries] == [NOW - timedelta(minutes=5),
                                                       NOW - timedelta(minutes=6)]
        assert audit_page(session, account_id, sync_id, syspro_id=" 1001 | INV7").total == 7
        assert audit_page(session, account_id, sync_id, action="failed").total == 1
        day = (NOW - timedelta(days=2)).date()
        assert audit_page(session, account_id, sync_id, since=day, until=day).total == 1
        assert audit_page(session, account_id, sync_id, until=date(2026, 11, 28)).total == 0
        assert audit_page(session, account_id + 1, sync_id).total == 0


def test_a_wave_ends_at_the_first_regular_poll_after_it_drained(board_sync) -> None:
    database, account_id, sync_id = board_sync
    with database.session() as session:
        mark_wave(session, sync_id, "first_sync")
        session.add(SyncRecord(account_id=account_id, board_sync_id=sync_id, syspro_key="A",
                               state="pending"))
    with database.session() as session:
        end_wave_if_drained(session, sync_id)  # still writing: the wave goes on
        assert session.get(BoardSync, sync_id).wave_ended_at is None
        session.execute(sa.update(SyncRecord).values(state="synced"))
        end_wave_if_drained(session, sync_id)
    _events(database, account_id, sync_id, [("updated", datetime.now(UTC), "A", None)])
    with database.session() as session:
        session.execute(sa.update(SyncRecord).values(state="pending"))  # an ordinary change
        sync = session.get(BoardSync, sync_id)
        assert sync.wave_ended_at is not None
        later = progress(session, sync, pending=1)
    assert (later.active, later.kind, later.staged, later.pushed) == (False, None, 0, 0)
