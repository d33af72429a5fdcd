"""The fast subset of `make chaos`, run with the suite: a Redis restart and a worker-tree kill,
both in the middle of a push, against the processes `ml-connector run` starts."""

from __future__ import annotations

import pytest

from tests.chaos.__main__ import GOAL_SECONDS, run
from tests.chaos.scenarios import kill_mid_push, redis_restart

pytestmark = pytest.mark.slow


def test_redis_restart_and_a_killed_push_lose_nothing() -> None:
    rows = run([redis_restart(offset=8, down_seconds=3), kill_mid_push(9)])
    for row in rows:
        assert row.midway, f"{row.name}: the board was complete before the fault"
        assert row.check.ok, f"{row.name}: {row.check}"
        assert row.recovery <= GOAL_SECONDS, f"{row.name}: {row.recovery:.0f} s to settle"
