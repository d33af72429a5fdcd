"""The fast subset of `make chaos`, run with the suite: a Redis restart and a worker-tree kill
in the middle of a push, and a write-back killed after SYSPRO applied the edit, against the
processes `ml-connector run` starts (on SQLite: no database server needed)."""

from __future__ import annotations

import pytest

from tests.chaos.__main__ import GOAL_SECONDS, run
from tests.chaos.scenarios import kill_mid_push, redis_restart
from tests.chaos.writeback import kill_writeback_after_apply

pytestmark = pytest.mark.slow


def test_redis_restart_and_killed_push_and_writeback_lose_nothing() -> None:
    rows = run([redis_restart(offset=8, down_seconds=3), kill_mid_push(9),
                kill_writeback_after_apply()], database="sqlite")
    for row in rows:
        assert row.midway, f"{row.name}: the board was complete before the fault"
        assert row.check.ok, f"{row.name}: {row.check}"
        assert row.recovery <= GOAL_SECONDS, f"{row.name}: {row.recovery:.0f} s to settle"
