"""Fixtures of the store's tests: a migrated database on each engine (`database_url` in
tests/conftest.py runs it on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from store.db import Database
from store.migrate import upgrade


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The store over an empty database migrated to the latest schema."""
    upgrade(database_url)
    database = Database(database_url)
    yield database
    database.dispose()
