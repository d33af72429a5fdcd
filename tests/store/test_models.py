"""Every model round-trips on SQLite and PostgreSQL; invariants the schema enforces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from store.crypto import SecretBox
from store.db import Database
from store.models import (
    Account,
    AuditEvent,
    AuditEventImmutable,
    BoardSync,
    MondayToken,
    PollRun,
    SyncRecord,
    SysproConnection,
)


def _account(session, monday_id: int = 1001) -> Account:
    account = Account(monday_account_id=monday_id, name="Acme Distribution", slug="acme")
    session.add(account)
    session.flush()
    return account


def test_every_model_round_trips(db: Database, encryption_keys: list[str]) -> None:
    box = SecretBox(encryption_keys)
    posted = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    with db.session() as s:
        account = _account(s)
        s.add(
            MondayToken(
                account_id=account.id,
                monday_user_id=9_000_000_001,
                access_token_encrypted=box.encrypt("tok"),
            )
        )
        conn = SysproConnection(
            account_id=account.id,
            name="main",
            server_url="http://syspro.example.com:20001",
            operator="ADMIN",
            company_id="DEMO",
            operator_password_encrypted=box.encrypt("pw"),
            options={"odata_row_cap": 5000},
        )
        s.add(conn)
        s.flush()
        sync = BoardSync(
            account_id=account.id,
            connection_id=conn.id,
            board_id="1234567890123",
            entity="supplier_invoices",
            column_mapping={"Invoice": "text_1"},
            cursor_state={"last": "2026-03-31", "keys": [" 00001|INV-1"]},
            next_poll_at=posted,
        )
        s.add(sync)
        s.flush()
        s.add(
            SyncRecord(
                account_id=account.id,
                board_sync_id=sync.id,
                syspro_key=" 00001|0000042",
                content_hash="a" * 64,
            )
        )
        s.add(PollRun(account_id=account.id, board_sync_id=sync.id, started_at=posted))
        s.add(
            AuditEvent(
                account_id=account.id,
                board_sync_id=sync.id,
                syspro_id=" 00001|0000042",
                poll_at=posted,
                board_id=sync.board_id,
                action="created",
                error_chain=[{"type": "X", "message": "y"}],
            )
        )

    with db.session() as s:
        account = s.scalar(sa.select(Account))
        assert account.monday_account_id == 1001
        token = s.scalar(sa.select(MondayToken))
        assert token.monday_user_id == 9_000_000_001
        assert box.decrypt(token.access_token_encrypted) == "tok"
        conn = s.scalar(sa.select(SysproConnection))
        assert conn.options == {"odata_row_cap": 5000}
        assert conn.verify_tls is True and conn.poll_interval_minutes == 15
        sync = s.scalar(sa.select(BoardSync))
        assert sync.cursor_state["keys"] == [" 00001|INV-1"]
        assert sync.next_poll_at == posted and sync.next_poll_at.tzinfo is not None
        record = s.scalar(sa.select(SyncRecord))
        assert record.syspro_key == " 00001|0000042", "keys are opaque: spaces and zeros kept"
        assert record.state == "pending" and record.attempts == 0
        event = s.scalar(sa.select(AuditEvent))
        assert event.poll_at == posted
        assert event.synced_at.tzinfo is not None
        assert event.error_chain == [{"type": "X", "message": "y"}]
        run = s.scalar(sa.select(PollRun))
        assert run.status == "running"


def test_naive_datetimes_are_refused(db: Database) -> None:
    with pytest.raises(sa.exc.StatementError, match="naive datetime"), db.session() as s:
        account = _account(s)
        account.installed_at = datetime(2026, 1, 1)
        s.flush()


def test_non_utc_datetimes_are_stored_as_utc(db: Database) -> None:
    plus2 = datetime(2026, 1, 1, 1, 0, tzinfo=UTC) + timedelta(0)
    with db.session() as s:
        account = _account(s)
        account.installed_at = plus2.astimezone(
            __import__("datetime").timezone(timedelta(hours=2))
        )
    with db.session() as s:
        assert s.scalar(sa.select(Account)).installed_at == plus2


def test_audit_events_are_append_only(db: Database) -> None:
    with db.session() as s:
        account = _account(s)
        s.add(AuditEvent(account_id=account.id, action="created"))
    with pytest.raises(AuditEventImmutable), db.session() as s:
        s.scalar(sa.select(AuditEvent)).action = "updated"
        s.flush()
    with pytest.raises(AuditEventImmutable), db.session() as s:
        s.delete(s.scalar(sa.select(AuditEvent)))
        s.flush()
    with db.session() as s:
        assert s.scalar(sa.select(AuditEvent.action)) == "created"


def test_one_record_per_sysprokey_per_board_sync(db: Database) -> None:
    with db.session() as s:
        account = _account(s)
        conn = SysproConnection(
            account_id=account.id, name="c", server_url="http://h:1", operator="o", company_id="c"
        )
        s.add(conn)
        s.flush()
        sync = BoardSync(
            account_id=account.id, connection_id=conn.id, board_id="1", entity="suppliers"
        )
        s.add(sync)
        s.flush()
        ids = (account.id, sync.id)
    with pytest.raises(IntegrityError), db.session() as s:
        for _ in range(2):
            s.add(SyncRecord(account_id=ids[0], board_sync_id=ids[1], syspro_key="K"))
        s.flush()
    # Keys differing only by leading space are different records.
    with db.session() as s:
        s.add(SyncRecord(account_id=ids[0], board_sync_id=ids[1], syspro_key="K"))
        s.add(SyncRecord(account_id=ids[0], board_sync_id=ids[1], syspro_key=" K"))
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(SyncRecord)) == 2


def test_interval_outside_range_is_refused_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        account = _account(s)
        conn = SysproConnection(
            account_id=account.id, name="c", server_url="http://h:1", operator="o", company_id="c"
        )
        s.add(conn)
        s.flush()
        s.add(
            BoardSync(
                account_id=account.id,
                connection_id=conn.id,
                board_id="1",
                entity="suppliers",
                interval_minutes=2,
            )
        )
        s.flush()
