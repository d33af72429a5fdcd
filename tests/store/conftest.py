"""Fixtures of the store's tests: a migrated database on each engine (`database_url` in
tests/conftest.py runs it on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from store.accounts import install_account
from store.board_syncs import create_board_sync
from store.connections import create_connection
from store.crypto import SecretBox
from store.db import Database
from store.migrate import upgrade
from syspro.urlguard import AddressPolicy


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The store over an empty database migrated to the latest schema."""
    upgrade(database_url)
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def board_sync(db: Database, encryption_keys: list[str]) -> tuple[Database, int, int]:
    """The migrated database with one account, connection and board sync in it: (the database,
    the account id, the board sync id)."""
    with db.session() as session:
        account, _ = install_account(session, 77, name="Acme")
        connection = create_connection(
            session, SecretBox(encryption_keys), account.id,
            {"name": "Acme Distribution", "server_url": "http://127.0.0.1:9", "operator": "A",
             "operator_password": "x", "company_id": "C"},
            policy=AddressPolicy(allow_loopback=True))
        sync = create_board_sync(session, account.id, {
            "connection_id": connection.id, "board_id": "123", "entity": "supplier_invoices"})
        ids = account.id, sync.id
    return db, *ids
