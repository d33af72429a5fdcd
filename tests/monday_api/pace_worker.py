"""A worker process for the pacing test: creates items one request at a time, paced by Redis.

Usage: python tests/monday_api/pace_worker.py API_URL REDIS_URL BOARD_ID COUNT CAP WINDOW PREFIX
Prints a JSON line with how many items it created and how many 429s it met.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import redis  # noqa: E402

from monday_api import (  # noqa: E402
    MondayClient,
    MondayClientSettings,
    PacingSettings,
    RedisPacer,
)


def main() -> None:
    api_url, redis_url, board_id, count, cap, window, prefix = sys.argv[1:8]
    pacer = RedisPacer(redis.Redis.from_url(redis_url), PacingSettings(
        board_mutations_per_minute=int(cap), window_seconds=float(window),
        window_guard_fraction=0.15))
    client = MondayClient("sandbox-token", MondayClientSettings(api_url=api_url,
                                                                read_timeout=10),
                          pacer=pacer, account_id="1")
    for n in range(int(count)):
        client.create_item(board_id, f"{prefix}-{n}")
    print(json.dumps({"created": int(count), "rate_limited": client.stats.rate_limited}))


if __name__ == "__main__":
    main()
