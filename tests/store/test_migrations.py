"""Migrations build exactly the schema the models describe, on both engines."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from store.db import make_engine
from store.migrate import current_revision, downgrade, head_revision, upgrade
from store.models import Base


def test_upgrade_matches_models_and_downgrades_cleanly(database_url: str) -> None:
    upgrade(database_url)
    assert current_revision(database_url) == head_revision()
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        assert diff == [], f"models and migrations disagree: {diff}"
    finally:
        engine.dispose()
    upgrade(database_url)  # idempotent
    downgrade(database_url, "base")
    assert current_revision(database_url) is None


def test_0012_leaves_existing_connections_syncing_everything(database_url: str) -> None:
    """Connections saved before `sync_entities` existed read as null (everything) after the
    upgrade, on both engines; the column takes a list, and 0012 goes down and up again."""
    import sqlalchemy as sa

    upgrade(database_url, "0011")
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO accounts (monday_account_id, name, slug, status, created_at, "
                "updated_at) VALUES (77, 'A', 'a', 'active', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP)"))
            conn.execute(sa.text(
                "INSERT INTO syspro_connections (account_id, name, server_url, rest_base_path, "
                "operator, company_id, poll_interval_minutes, verify_tls, timeout_seconds, "
                "options, is_default, created_at, updated_at) SELECT id, 'main', "
                "'http://syspro.example:20001', '/r', 'ADMIN', 'DEMO', 15, true, 30, '{}', "
                "true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM accounts"))
        upgrade(database_url, "0012")
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT sync_entities FROM syspro_connections")).all()
        assert rows == [(None,)]
        with engine.begin() as conn:
            conn.execute(sa.text("UPDATE syspro_connections SET sync_entities = :chosen"),
                         {"chosen": '["suppliers"]'})
            chosen = conn.execute(sa.text("SELECT sync_entities FROM syspro_connections")
                                  ).scalar_one()
        assert chosen in ('["suppliers"]', ["suppliers"])  # JSON text on SQLite, JSON on PG
        downgrade(database_url, "0011")
        upgrade(database_url, "0012")
    finally:
        engine.dispose()
