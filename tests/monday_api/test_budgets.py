"""monday's budgets beyond the per-minute request count: complexity for reads and writes apart
(app tokens), and the daily call limit paced over the day instead of failing on it."""

from __future__ import annotations

import time

import pytest
import redis
import requests

from monday_api import MondayClient, PacingSettings, RedisPacer, RunError
from monday_api.transport import request_kind
from sandbox.monday.server import start_in_thread
from tests.monday_api.helpers import CLOCK_SPEED, client_settings

# create_board costs 30,000 and create_item 10,000 in the sandbox; a budget of 45,000 per
# minute holds one board and one item, so the third write must wait for the next minute.
SMALL_BUDGET = 45_000


def _pacer(redis_conn: redis.Redis, **overrides: object) -> RedisPacer:
    settings: dict[str, object] = {"window_seconds": 60.0 / CLOCK_SPEED,
                                   "window_guard_fraction": 0.0, "poll_seconds": 0.005,
                                   "key_prefix": f"test:{time.monotonic_ns()}"}
    settings.update(overrides)
    return RedisPacer(redis_conn, PacingSettings(**settings))  # type: ignore[arg-type]


def _stats(api_url: str) -> dict:
    return requests.get(api_url.rsplit("/v2", 1)[0] + "/_sandbox/stats", timeout=5).json()


def test_mutations_and_queries_are_told_apart() -> None:
    assert request_kind("mutation CreateItem($b: ID!) { create_item(board_id: $b) { id } }") \
        == "write"
    assert request_kind("  # a comment\n  mutation { x }") == "write"
    assert request_kind("query Items { items_page { cursor } }") == "read"
    assert request_kind("{ me { id } }") == "read"


def test_the_sandbox_charges_an_app_tokens_reads_and_writes_apart() -> None:
    running = start_in_thread(clock_speed=1.0, board_mutations_per_minute=None,
                              complexity_per_minute=SMALL_BUDGET)
    try:
        client = MondayClient("sandbox-token", client_settings(running.api_url, max_attempts=1))
        board = client.create_board("Writes")  # 30,000 of the write budget
        client.create_item(board.id, "first")  # 10,000: 5,000 left
        with pytest.raises(Exception, match="(?i)complexity"):
            client.create_item(board.id, "second")
        # Reads have their own 45,000 this minute: untouched by the writes.
        assert client.board(board.id) is not None
    finally:
        running.stop()


def test_the_pacer_waits_for_the_write_budget_and_lets_reads_through(redis_conn) -> None:
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=None,
                              complexity_per_minute=SMALL_BUDGET)
    try:
        pacer = _pacer(redis_conn, complexity_budget_per_minute=SMALL_BUDGET,
                       write_complexity_budget_per_minute=SMALL_BUDGET)
        client = MondayClient("sandbox-token", client_settings(running.api_url),
                              pacer=pacer, account_id=1)
        board = client.create_board("Paced writes")
        client.create_item(board.id, "one")
        read_started = time.monotonic()
        for _ in range(3):
            client.board(board.id)  # reads: their own budget, no wait
        read_took = time.monotonic() - read_started
        write_started = time.monotonic()
        client.create_item(board.id, "two")  # waits for the next write minute (~1 s)
        write_took = time.monotonic() - write_started
        assert client.stats.rate_limited == 0  # paced ahead, never refused
        assert read_took < 0.5 and write_took >= 0.5, (read_took, write_took)
    finally:
        running.stop()


def test_a_combined_budget_makes_reads_wait_too(redis_conn) -> None:
    pacer = _pacer(redis_conn, complexity_budget_per_minute=SMALL_BUDGET,
                   combined_complexity_budget=True)
    pacer.record_complexity("acct", "ItemsPage", {"after": 0, "reset_in_x_seconds": 1,
                                                  "query": 1_000}, kind="write")
    started = time.monotonic()
    pacer.reserve_complexity("acct", "ItemsPage", kind="read")
    assert time.monotonic() - started >= 0.005  # the write spent the one budget


def test_daily_calls_are_spread_over_the_day(redis_conn) -> None:
    # A 4-second "day" of 30 calls with a burst of 5: after the burst, one call each 0.13 s.
    pacer = _pacer(redis_conn, daily_call_limit=30, daily_call_burst_fraction=5 / 30,
                   day_seconds=4.0, daily_max_wait_seconds=3.0)
    # Start at the beginning of a day (Redis's clock and ours agree on this host).
    time.sleep(4.0 - time.time() % 4.0 + 0.01)
    waits = [pacer.daily.reserve("acct", "Me") for _ in range(10)]
    assert all(w == 0 for w in waits[:5]), waits
    assert sum(waits[5:]) > 0.3, waits  # paced: not all at once


def test_a_pace_beyond_the_wait_cap_stops_the_run_before_sending(redis_conn) -> None:
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=None)
    try:
        # 10 calls in a 1,000 s day: one call due every 100 s, far past a 1 s wait.
        pacer = _pacer(redis_conn, daily_call_limit=10, day_seconds=1000.0,
                       daily_max_wait_seconds=1.0)
        client = MondayClient("sandbox-token", client_settings(running.api_url),
                              pacer=pacer, account_id=1)
        refused = None
        for _ in range(11):  # the day's share so far, then the pace says no
            sent = _stats(running.api_url)["requests"]
            try:
                client.me()
            except RunError as exc:
                refused = exc
                break
        assert refused is not None and refused.code == "DAILY_LIMIT_PACED"
        assert "paced across the day" in refused.monday_message
        assert _stats(running.api_url)["requests"] == sent  # nothing left for monday
    finally:
        running.stop()


def test_once_monday_says_the_day_is_used_up_nothing_more_is_sent(redis_conn) -> None:
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=None,
                              daily_calls=2)
    try:
        client = MondayClient("sandbox-token", client_settings(running.api_url),
                              pacer=_pacer(redis_conn), account_id=1)
        client.me()
        client.me()
        with pytest.raises(RunError):
            client.me()  # monday: DAILY_LIMIT_EXCEEDED
        sent = _stats(running.api_url)["requests"]
        with pytest.raises(RunError) as held:
            client.me()
        assert held.value.code == "DAILY_LIMIT_PACED"
        assert "daily call limit is used up" in held.value.monday_message
        assert _stats(running.api_url)["requests"] == sent
    finally:
        running.stop()
