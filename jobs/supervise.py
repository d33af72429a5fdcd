"""Keep a worker (or the schedule) running through Redis restarts and crashes.

    python -m jobs.supervise --redis-url URL -- rq worker ...

rq's worker quits for good when Redis goes away during a job, and honcho (`ml-connector run`)
then stops every process with it. This loop runs the command as a child and starts it again
whenever it exits without being asked to: after a pause with exponential backoff and full
jitter (capped), and once Redis answers again, so a restart storm never hammers a Redis that
is still down. Only SIGTERM / SIGINT to the supervisor end it; they are passed on to the child
so rq still makes its warm shutdown.
"""

from __future__ import annotations

import argparse
import logging
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import redis

from jobs.worker import WORKER_ARGS

log = logging.getLogger("jobs.supervise")


@dataclass
class Supervisor:
    command: Sequence[str]
    redis_url: str
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    # A child that ran this long was healthy: its exit starts the backoff afresh.
    healthy_after: float = 10.0
    stopping: threading.Event = field(default_factory=threading.Event)
    child: subprocess.Popen[bytes] | None = None
    restarts: int = 0

    def run(self) -> int:
        failures = 0
        while True:
            started = time.monotonic()
            # A session of its own: a terminal's Ctrl-C reaches the child once, through us.
            self.child = subprocess.Popen(list(self.command), start_new_session=True)
            if self.stopping.is_set():  # asked to stop while it was being started
                self.child.terminate()
            code = self.child.wait()
            if self.stopping.is_set():
                return code
            failures = 1 if time.monotonic() - started > self.healthy_after else failures + 1
            pause = random.uniform(0, min(self.backoff_cap, self.backoff_base * 2**failures))
            log.warning("%s exited with %s; restarting in %.1fs once Redis answers",
                        self.command[0], code, pause)
            if self.stopping.wait(pause) or not self.wait_for_redis():
                return code
            self.restarts += 1

    def wait_for_redis(self) -> bool:
        """Block until Redis answers a PING; False when asked to stop meanwhile."""
        client = redis.Redis.from_url(self.redis_url, socket_timeout=2, socket_connect_timeout=2)
        waited = 0
        try:
            while not self.stopping.is_set():
                try:
                    if client.ping():
                        return True
                except redis.RedisError as exc:
                    if waited % 30 == 0:
                        log.warning("Redis at %s not answering (%s); waiting", self.redis_url,
                                    exc)
                waited += 1
                self.stopping.wait(1.0)
            return False
        finally:
            client.close()

    def stop(self, signum: int, _frame: object = None) -> None:
        self.stopping.set()
        if self.child is not None and self.child.poll() is None:
            self.child.send_signal(signum)


def worker_command(redis_url: str, queues: Sequence[str] = ("default",)) -> list[str]:
    """The worker every process list runs: our Worker class, its short heartbeat, supervised."""
    return supervised(redis_url, "worker", *WORKER_ARGS, "--with-scheduler", "--url", redis_url,
                      *queues)


def cron_command(redis_url: str) -> list[str]:
    return supervised(redis_url, "cron", "jobs.cron_config", "--url", redis_url)


def supervised(redis_url: str, *rq_args: str) -> list[str]:
    return [sys.executable, "-m", "jobs.supervise", "--redis-url", redis_url, "--",
            sys.executable, "-m", "rq.cli", *rq_args]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command to supervise")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s supervise: %(message)s")
    supervisor = Supervisor(command, args.redis_url)
    signal.signal(signal.SIGTERM, supervisor.stop)
    signal.signal(signal.SIGINT, supervisor.stop)
    return supervisor.run()


if __name__ == "__main__":
    sys.exit(main())
