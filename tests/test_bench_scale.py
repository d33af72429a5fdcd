"""The scale bench's small mode runs end to end, so the bench cannot rot unnoticed.

It needs PostgreSQL (the bench creates and drops a database of its own): the server of
TEST_DATABASE_URL when set, else 127.0.0.1:5432; without one the test is skipped.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pytest

from bench.scale import PG_ADMIN_URL, Capacity, Steady, judge, run
from store.types import utcnow

pytestmark = pytest.mark.slow


def _admin_url() -> str:
    test_url = os.environ.get("TEST_DATABASE_URL", "").split("?", 1)[0]
    return f"{test_url.rsplit('/', 1)[0]}/postgres" if test_url else PG_ADMIN_URL


def _run(**options: Any) -> tuple[list[Capacity], list[Steady]]:
    try:
        return run(pg_admin_url=_admin_url(), **options)
    except SystemExit as exc:
        if str(exc).startswith("the scale bench needs PostgreSQL"):
            pytest.skip(str(exc))  # no server, or no right to create a database on it
        raise


def test_small_scale_run_polls_every_due_sync_once() -> None:
    # Clock x30 (a 10 s interval): at x60 a loaded machine could run a tick past its window.
    capacities, steadies = _run(accounts=10, workers=[1, 2], speed=30, intervals=1)
    assert [c.polls for c in capacities] == [20, 20]
    assert all(c.rate > 0 and c.connections_peak >= 1 for c in capacities)
    for steady in steadies:
        assert steady.due > 0 and steady.polls == steady.due
        assert (steady.missed, steady.doubled) == (0, 0)


def test_a_slow_syspro_makes_every_poll_wait() -> None:
    """--syspro-latency: each poll asks SYSPRO at least once, so 20 polls on one worker take
    at least 20 x the latency (without it they take about 4 s here)."""
    capacities, steadies = _run(accounts=10, workers=[1], speed=None, intervals=1,
                                syspro_latency=0.6, steady_state=False)
    assert steadies == []
    assert capacities[0].polls == 20 and capacities[0].seconds >= 20 * 0.6


def test_judging_counts_missed_and_doubled_polls() -> None:
    start, interval = utcnow(), timedelta(seconds=10)
    phases = {1: start, 2: start + interval / 2}
    runs = [(1, start + interval * 0.1, start), (1, start + interval * 0.2, start),  # doubled
            (2, start + interval * 0.6, start)]  # sync 2's second due time: missed
    due, lags, missed, doubled = judge(phases, interval, runs, last_due=start + interval * 1.6)
    assert (due, missed, doubled) == (4, 2, 1)
    assert sorted(lags) == [1.0, 1.0, 2.0]
