"""The supervisor restarts its child whenever it dies, but only once Redis answers, and stops
for good (passing the signal on) only when asked to."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path

from jobs.embedded_redis import free_port
from jobs.supervise import Supervisor


def _child(pids: Path) -> list[str]:
    script = (f"import os, time; open({str(pids)!r}, 'a').write(f'{{os.getpid()}}\\n'); "
              "time.sleep(60)")
    return [sys.executable, "-c", script]


def _started(pids: Path, count: int, timeout: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = pids.read_text().split() if pids.exists() else []
        if len(found) >= count:
            return [int(p) for p in found]
        time.sleep(0.05)
    raise AssertionError(f"{count} children never started")


def _run(supervisor: Supervisor) -> tuple[threading.Thread, list[int]]:
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(supervisor.run()), daemon=True)
    thread.start()
    return thread, codes


def test_a_killed_child_is_restarted_and_a_stop_ends_it(tmp_path: Path, redis_url: str) -> None:
    pids = tmp_path / "pids"
    supervisor = Supervisor(_child(pids), redis_url, backoff_base=0.05)
    thread, codes = _run(supervisor)
    first = _started(pids, 1)[0]
    os.kill(first, signal.SIGKILL)  # as Redis vanishing makes rq's worker exit
    second = _started(pids, 2)[1]
    assert second != first and supervisor.restarts == 1
    supervisor.stop(signal.SIGTERM)
    thread.join(timeout=10)
    assert not thread.is_alive() and codes == [-signal.SIGTERM]
    assert len(_started(pids, 2)) == 2, "not restarted after a requested stop"


def test_no_restart_while_redis_is_down(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    down = f"redis://127.0.0.1:{free_port()}/0"
    supervisor = Supervisor(_child(pids), down, backoff_base=0.05)
    thread, _ = _run(supervisor)
    os.kill(_started(pids, 1)[0], signal.SIGKILL)
    time.sleep(2)
    assert len(pids.read_text().split()) == 1 and supervisor.restarts == 0
    supervisor.stop(signal.SIGTERM)
    thread.join(timeout=10)
    assert not thread.is_alive()
