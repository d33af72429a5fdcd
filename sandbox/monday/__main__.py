"""``python -m sandbox.monday --port N``: run the monday sandbox until interrupted."""

from __future__ import annotations

import argparse

from sandbox.monday.server import serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox.monday", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--board-mutations-per-minute", type=int, default=40,
                        help="per-board mutation cap (0 disables)")
    parser.add_argument("--complexity-per-minute", type=int, default=5_000_000,
                        help="app tokens: reads and writes each; personal tokens get 10M combined")
    parser.add_argument("--daily-calls", type=int, default=0,
                        help="calls per account per day (0: not limited)")
    parser.add_argument("--concurrency-limit", type=int, default=40)
    parser.add_argument("--clock-speed", type=float, default=1.0,
                        help="60 makes one monday minute last one real second")
    parser.add_argument("--client-id", default="sandbox-client-id")
    parser.add_argument("--client-secret", default="sandbox-client-secret")
    parser.add_argument("--signing-secret", default="sandbox-signing-secret-0123456789abcdef")
    args = parser.parse_args(argv)
    serve(args.host, args.port,
          board_mutations_per_minute=args.board_mutations_per_minute or None,
          complexity_per_minute=args.complexity_per_minute,
          daily_calls=args.daily_calls or None,
          concurrency_limit=args.concurrency_limit or None, clock_speed=args.clock_speed,
          client_id=args.client_id, client_secret=args.client_secret,
          signing_secret=args.signing_secret)


if __name__ == "__main__":
    main()
