"""Engines and sessions for SQLite and PostgreSQL alike.

Creating a Database opens no connection: engines connect on first use, so importing or building
the app never touches the network.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import event, orm
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Give PostgreSQL URLs the psycopg 3 driver; hosts hand out postgres:// URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        # Several processes (web, worker, cron) share one SQLite file: wait for locks rather
        # than failing at once, and let readers proceed while one writer writes.
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = sa.create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return sa.create_engine(url, **kwargs)


def rows_affected(session: Session, statement: sa.Executable) -> int:
    """Run an INSERT, UPDATE or DELETE (without RETURNING) in the session; the rows it touched.

    Session.execute is typed as returning a plain Result; for such a statement it is a
    CursorResult, the one kind that counts rows.
    """
    return cast("sa.CursorResult[Any]", session.execute(statement)).rowcount


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


class Database:
    """One engine and its session factory."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def check(self) -> None:
        """Raise if the database cannot answer a trivial query."""
        with self.engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def preload() -> None:
    """Do now what a process otherwise does at its first query: resolve every ORM mapping and
    import the database drivers (the PostgreSQL one alone takes a fifth of a second). A worker
    does it once before forking, so no work horse pays for it. Opens no connection."""
    import sqlite3  # noqa: F401 - SQLite's driver

    import store.models  # noqa: F401 - the mappings to configure

    if importlib.util.find_spec("psycopg") is not None:
        importlib.import_module("psycopg")
    orm.configure_mappers()
