"""Keep a worker (or the schedule) running through Redis restarts and crashes.

    python -m jobs.supervise --redis-url URL -- rq worker ...

rq's worker quits for good when Redis goes away during a job, and honcho (`ml-connector run`)
then stops every process with it. This loop runs the command as a child and starts it again
whenever it exits without being asked to: after a pause with exponential backoff and full
jitter (capped), and once Redis answers again, so a restart storm never hammers a Redis that
is still down.

Only SIGTERM / SIGINT to the supervisor end it, within STOP_DEADLINE whatever the child is
doing: the signal is passed on (rq's warm shutdown: a job may finish), after STOP_GRACE a
second SIGTERM makes rq's cold shutdown (it kills its work horse; the job is left to rq's
abandoned-job handling, and every job is idempotent), and at STOP_DEADLINE every process of
the child's tree still alive is killed, found by a tag in its environment (jobs/process_tags)
because the work horse has a process group of its own and may have lost its parent.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import redis

from jobs.process_tags import SUPERVISED_TAG_VARIABLE, kill_tagged, new_tag
from jobs.worker import WORKER_ARGS

log = logging.getLogger("jobs.supervise")

# Seconds from the stop signal to rq's cold shutdown: a short job (a write-back) finishes.
STOP_GRACE = 2.0
# Seconds from the stop signal to SIGKILL of the whole tree; below honcho's 5 s (`ml-connector
# run`), so the supervisor is gone before honcho gives up on it.
STOP_DEADLINE = 4.0


@dataclass
class Supervisor:
    command: Sequence[str]
    redis_url: str
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    # A child that ran this long was healthy: its exit starts the backoff afresh.
    healthy_after: float = 10.0
    stop_grace: float = STOP_GRACE
    stop_deadline: float = STOP_DEADLINE
    stopping: threading.Event = field(default_factory=threading.Event)
    child: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    tag: str = field(default_factory=new_tag)
    stop_requested_at: float | None = None

    def run(self) -> int:
        failures = 0
        while True:
            started = time.monotonic()
            # A session of its own: a terminal's Ctrl-C reaches the child once, through us.
            self.child = subprocess.Popen(list(self.command), start_new_session=True,
                                          env={**os.environ, SUPERVISED_TAG_VARIABLE: self.tag})
            if self.stopping.is_set():  # asked to stop while it was being started
                self.child.terminate()
            code = self.wait_for_child(self.child)
            if self.stopping.is_set():
                kill_tagged(SUPERVISED_TAG_VARIABLE, self.tag)  # e.g. a work horse its worker left
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

    def wait_for_child(self, child: subprocess.Popen[bytes]) -> int:
        """The child's exit code. Once a stop is requested, a second SIGTERM follows at
        stop_grace and SIGKILL of the child's whole tree at stop_deadline."""
        cold_shutdown_sent = False
        while True:
            try:
                return child.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                pass
            if self.stop_requested_at is None:
                continue
            waited = time.monotonic() - self.stop_requested_at
            if waited >= self.stop_deadline:
                log.warning("%s still running %.0fs after the stop: killing its processes",
                            self.command[0], waited)
                kill_tagged(SUPERVISED_TAG_VARIABLE, self.tag)
                return child.wait()
            if waited >= self.stop_grace and not cold_shutdown_sent:
                child.terminate()  # rq: a second stop signal is its cold shutdown
                cold_shutdown_sent = True

    def stop(self, signum: int, _frame: object = None) -> None:
        """Signal handler: pass the first stop on to the child and never restart it."""
        if self.stopping.is_set():
            return
        self.stop_requested_at = time.monotonic()
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
