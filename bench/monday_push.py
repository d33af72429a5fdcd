"""Push benchmark: create N items on one sandbox board under a per-board mutation cap.

Compares the paced client at the product's defaults (batched lookups, aliased creates in
batches of 25, Redis pacing, one writer per board) with a naive baseline that sends one find
and one create request per record and only reacts to 429s. The sandbox clock runs fast so a
monday minute lasts 60/speed seconds; `--real-time` runs the paced client alone over real
minutes (150 items at the default cap of 40), the figure that counts: the writes granted in
the first two whole windows against twice the cap.

    python bench/monday_push.py [--items 2000] [--cap 40] [--speed 60] [--redis-url URL]
    python bench/monday_push.py --real-time

Prints, for each approach: achieved mutation rate / allowed rate, rate-limit errors provoked,
requests per item created.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import redis  # noqa: E402

from monday_api import (  # noqa: E402
    MondayClient,
    MondayClientSettings,
    NewItem,
    PacingSettings,
    RedisPacer,
    encode_column_values,
)
from sandbox.monday.server import RunningSandbox, start_in_thread  # noqa: E402

KEY_COLUMN = "syspro_key"


@dataclass
class Figures:
    label: str
    created: int
    seconds: float
    window: float
    cap: int
    client_rate_limited: int
    server_rate_limited: int
    requests: int
    # Board mutations granted in the first two whole windows after the first write (paced
    # run only): the steady rate, free of where the last batch happens to fall.
    first_two_windows: int | None = None

    @property
    def achieved_per_window(self) -> float:
        # A sliding window lets the first `cap` writes go at once, so count the run as lasting
        # one window longer than measured: the sustained rate, not the burst.
        return self.created / ((self.seconds + self.window) / self.window)

    def report(self) -> str:
        steady = ""
        if self.first_two_windows is not None:
            steady = (f"\n         first two windows: {self.first_two_windows} writes / "
                      f"{2 * self.cap} allowed = {self.first_two_windows / (2 * self.cap):.3f}")
        return (
            f"{self.label:<8} created {self.created} in {self.seconds:.1f}s  "
            f"rate/allowed {self.achieved_per_window:.1f}/{self.cap} = "
            f"{self.achieved_per_window / self.cap:.3f}  "
            f"rate-limit errors {self.server_rate_limited} (client saw "
            f"{self.client_rate_limited})  requests/item {self.requests / self.created:.3f}"
            + steady
        )


def make_board(client: MondayClient, name: str) -> str:
    board = client.create_board(name)
    client.create_column(board.id, "SYSPRO key", "text", column_id=KEY_COLUMN)
    client.create_column(board.id, "Amount", "numbers", column_id="amount")
    return board.id


def records(count: int) -> list[tuple[str, str]]:
    return [(f"INV-{n:06d}", encode_column_values({KEY_COLUMN: ("text", f"INV-{n:06d}"),
                                                   "amount": ("numbers", n * 1.25)}))
            for n in range(count)]


def server_rate_limited(running: RunningSandbox) -> int:
    return running.sandbox.stats.as_dict()["rate_limited_total"]


def run_paced(running: RunningSandbox, settings: MondayClientSettings, redis_url: str,
              count: int, cap: int, window: float) -> Figures:
    pacer = RedisPacer(redis.Redis.from_url(redis_url), PacingSettings(
        board_mutations_per_minute=cap, window_seconds=window, window_guard_fraction=0.02,
        key_prefix=f"bench:{uuid.uuid4().hex}"))
    granted: list[tuple[float, int]] = []  # (when, mutations) of every request sent
    send = pacer.before_send

    def counted(board_mutations):  # type: ignore[no-untyped-def]
        waited = send(board_mutations)
        granted.append((time.monotonic(), sum((board_mutations or {}).values())))
        return waited

    pacer.before_send = counted  # type: ignore[method-assign]
    client = MondayClient("sandbox-token", settings, pacer=pacer, account_id="1")
    board_id = make_board(client, "Paced push")  # its column mutations count too
    before = server_rate_limited(running)
    rows = records(count)
    started = time.monotonic()
    with client.board_writer(board_id) as lock:
        existing = client.find_items_by_column_values(
            board_id, KEY_COLUMN, [key for key, _ in rows], batch_size=500,
            column_ids=[KEY_COLUMN])
        todo = [NewItem(name=key, column_values=values, idempotency_key=f"bench-{key}-create")
                for key, values in rows if key not in existing]
        # As the push does: the client's default batch size, sized down to the free slots.
        results = client.create_items(board_id, todo)
        assert all(r.ok for r in results), [r.error for r in results if not r.ok]
        lock.extend()
    seconds = time.monotonic() - started
    first = next(when for when, count in granted if count)
    steady = sum(count for when, count in granted if when < first + 2 * window * 1.02)
    return Figures("paced", len(todo), seconds, window, cap, client.stats.rate_limited,
                   server_rate_limited(running) - before, client.stats.requests, steady)


def run_naive(running: RunningSandbox, settings: MondayClientSettings, count: int, cap: int,
              window: float) -> Figures:
    client = MondayClient("sandbox-token", settings.with_overrides(max_attempts=50))
    board_id = make_board(MondayClient("sandbox-token", settings), "Naive push")
    before = server_rate_limited(running)
    started = time.monotonic()
    created = 0
    for key, values in records(count):
        found = client.find_items_by_column_values(board_id, KEY_COLUMN, [key])
        if not found:
            client.create_item(board_id, key, values)
            created += 1
    seconds = time.monotonic() - started
    return Figures("naive", created, seconds, window, cap, client.stats.rate_limited,
                   server_rate_limited(running) - before, client.stats.requests)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--cap", type=int, default=40, help="mutations per board per minute")
    parser.add_argument("--speed", type=float, default=60.0, help="sandbox clock speed-up")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL",
                                                              "redis://127.0.0.1:6379/15"))
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--real-time", action="store_true",
                        help="monday's real minute: --speed 1 --items 150 --skip-naive")
    args = parser.parse_args(argv)
    if args.real_time:
        args.speed, args.skip_naive = 1.0, True
        args.items = 150 if args.items == parser.get_default("items") else args.items
    # The naive baseline's 429s are expected and counted; keep their log lines out of the way.
    logging.getLogger("monday_api").setLevel(logging.ERROR)
    window = 60.0 / args.speed
    running = start_in_thread(clock_speed=args.speed, board_mutations_per_minute=args.cap,
                              concurrency_limit=40)
    try:
        settings = MondayClientSettings(api_url=running.api_url, read_timeout=30,
                                        backoff_base_seconds=0.05, backoff_cap_seconds=1.0)
        print(f"{args.items} items, cap {args.cap} mutations/board/minute, "
              f"one minute = {window:.2f}s")
        paced = run_paced(running, settings, args.redis_url, args.items, args.cap, window)
        print(paced.report())
        if not args.skip_naive:
            print(run_naive(running, settings, args.items, args.cap, window).report())
    finally:
        running.stop()


if __name__ == "__main__":
    main()
