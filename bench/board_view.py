"""The board view's queries over a large audit trail, on SQLite and (if given) PostgreSQL.

One board sync with EVENTS audit events spread over the last 7 days (writes, failures and
poll skips), among the events of OTHER_SYNCS other syncs. Printed per engine, median of
REPEATS runs, each also as a ratio to the baseline measured in the same run: a plain
`count(*)` of the sync's events in the same 7 days (the least any hourly history can cost).

    python bench/board_view.py [postgresql://root@127.0.0.1:5432/db]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from store.audit_query import audit_page
from store.board_view import hourly_history
from store.db import Database
from store.migrate import upgrade
from store.models import Account, AuditEvent, BoardSync, SysproConnection

EVENTS = 100_000
OTHER_SYNCS = 4
REPEATS = 5
ACTIONS = ("created", "updated", "updated", "updated", "failed", "unchanged_skipped")


def _seed(db: Database, now: datetime) -> int:
    with db.session() as session:
        account = Account(monday_account_id=1, name="bench", status="active")
        session.add(account)
        session.flush()
        connection = SysproConnection(account_id=account.id, name="bench",
                                      server_url="http://127.0.0.1:1", operator="A",
                                      company_id="C")
        session.add(connection)
        session.flush()
        syncs = [BoardSync(account_id=account.id, connection_id=connection.id,
                           board_id=str(100 + i), entity="supplier_invoices")
                 for i in range(OTHER_SYNCS + 1)]
        session.add_all(syncs)
        session.flush()
        ids = [s.id for s in syncs]
        account_id = account.id
    rng = random.Random(7)
    for start in range(0, EVENTS * (OTHER_SYNCS + 1), 20_000):
        rows = []
        for n in range(start, start + 20_000):
            action = ACTIONS[n % len(ACTIONS)]
            rows.append({
                "account_id": account_id, "board_sync_id": ids[n % len(ids)],
                "action": action, "syspro_id": f"{' ' * (n % 3)}{n % 5000:07d}|INV{n}",
                "synced_at": now - timedelta(seconds=rng.uniform(0, 7 * 86400)),
                "detail": {"count": 40} if action == "unchanged_skipped" else {"attempt": 1},
            })
        with db.session() as session:
            session.execute(sa.insert(AuditEvent), rows)
    return ids[0]


def _median(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(url: str) -> None:
    upgrade(url)
    db = Database(url)
    now = datetime.now(UTC)
    sync_id = _seed(db, now)
    with db.session() as session:
        account_id = session.scalar(sa.select(BoardSync.account_id).where(
            BoardSync.id == sync_id))
        week = now - timedelta(days=7)
        figures = {
            "baseline count(*) 7 days": lambda: session.scalar(
                sa.select(sa.func.count()).select_from(AuditEvent).where(
                    AuditEvent.board_sync_id == sync_id, AuditEvent.synced_at >= week)),
            "history 7 x 24 hours": lambda: hourly_history(session, sync_id, 7, now),
            "audit page 1 (25)": lambda: audit_page(session, account_id, sync_id),
            "audit page, action=failed": lambda: audit_page(session, account_id, sync_id,
                                                            action="failed"),
            "audit page, syspro_id padded": lambda: audit_page(
                session, account_id, sync_id, syspro_id="  0000010|INV10"),
        }
        timings = {name: _median(run) for name, run in figures.items()}
    db.dispose()
    base = timings["baseline count(*) 7 days"]
    print(f"{url.split(':')[0]}: {EVENTS:,} events of the sync among "
          f"{EVENTS * (OTHER_SYNCS + 1):,}")
    for name, seconds in timings.items():
        print(f"  {name:32s} {seconds * 1000:8.1f} ms   x{seconds / base:5.1f} baseline")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        measure(f"sqlite:///{Path(tmp) / 'bench.db'}")
    for url in sys.argv[1:]:
        measure(url)


if __name__ == "__main__":
    main()
