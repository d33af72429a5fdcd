"""A PostgreSQL database of the chaos run's own, reached through a TCP proxy it can cut.

Used when a server answers at CHAOS_PG_HOST:CHAOS_PG_PORT (default 127.0.0.1:5432, user root,
trust auth); otherwise the suite runs on SQLite and simulates the outage with a lock.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
from psycopg import sql

from tests.chaos.tcp_proxy import TcpProxy

HOST = os.environ.get("CHAOS_PG_HOST", "127.0.0.1")
PORT = int(os.environ.get("CHAOS_PG_PORT", "5432"))
USER = os.environ.get("CHAOS_PG_USER", "root")


def _admin() -> psycopg.Connection:
    return psycopg.connect(host=HOST, port=PORT, user=USER, dbname="postgres",
                           connect_timeout=3, autocommit=True)


def postgres_available() -> bool:
    try:
        _admin().close()
    except psycopg.Error:
        return False
    return True


@dataclass
class ProxiedDatabase:
    url: str  # through the proxy: what every process of the stack uses
    proxy: TcpProxy


@contextmanager
def proxied_database() -> Iterator[ProxiedDatabase]:
    """A fresh database `chaos_<hex>`, dropped afterwards even if connections are left."""
    name = f"chaos_{uuid.uuid4().hex[:10]}"
    with _admin() as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    proxy = TcpProxy((HOST, PORT))
    try:
        yield ProxiedDatabase(f"postgresql://{USER}@{proxy.address}/{name}", proxy)
    finally:
        proxy.stop()
        with _admin() as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
                          .format(sql.Identifier(name)))
