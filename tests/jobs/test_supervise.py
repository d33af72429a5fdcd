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


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its reaper is missing


# A child that takes two stop signals, like rq's worker: the first is a warm shutdown (noted),
# the second its cold one (it exits).
TWO_STAGE_CHILD = """
import signal, sys, time
log = open(sys.argv[1], "a", buffering=1)
def on_stop(signum, frame):
    log.write("cold\\n" if on_stop.seen else "warm\\n")
    if on_stop.seen:
        sys.exit(3)
    on_stop.seen = True
on_stop.seen = False
signal.signal(signal.SIGTERM, on_stop)
log.write("ready\\n")
while True:
    time.sleep(0.05)
"""


def test_a_stop_turns_cold_after_the_grace(tmp_path: Path, redis_url: str) -> None:
    log = tmp_path / "log"
    command = [sys.executable, "-c", TWO_STAGE_CHILD, str(log)]
    supervisor = Supervisor(command, redis_url, stop_grace=0.5, stop_deadline=5.0)
    thread, codes = _run(supervisor)
    _wait_for_text(log, "ready")
    started = time.monotonic()
    supervisor.stop(signal.SIGTERM)
    thread.join(timeout=10)
    assert codes == [3] and log.read_text().split() == ["ready", "warm", "cold"]
    # Cold after the 0.5 s grace, well before the 5 s deadline (slack for a loaded machine).
    assert 0.5 <= time.monotonic() - started < 4.0


# A child that ignores every stop, with a grandchild in a session of its own (as rq's work
# horse has a process group of its own) that ignores them too.
STUBBORN_TREE = """
import signal, subprocess, sys, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
horse = subprocess.Popen([sys.executable, "-c", "import signal, time; "
    "signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(60)"], start_new_session=True)
open(sys.argv[1], "w").write(f"{horse.pid}\\n")
time.sleep(60)
"""


def test_a_stop_kills_the_whole_tree_by_the_deadline(tmp_path: Path, redis_url: str) -> None:
    pids = tmp_path / "pids"
    command = [sys.executable, "-c", STUBBORN_TREE, str(pids)]
    supervisor = Supervisor(command, redis_url, stop_grace=0.3, stop_deadline=1.0)
    thread, codes = _run(supervisor)
    horse = int(_wait_for_text(pids, "\n"))
    child = supervisor.child
    assert child is not None and _alive(horse)
    started = time.monotonic()
    supervisor.stop(signal.SIGTERM)
    thread.join(timeout=10)
    assert not thread.is_alive() and codes == [-signal.SIGKILL]
    # Killed at the 1 s deadline; the stubborn tree would otherwise live 60 s.
    assert time.monotonic() - started < 5.0
    assert not _alive(child.pid) and not _alive(horse), "a process of the tree outlived the stop"
    assert supervisor.restarts == 0


def _wait_for_text(path: Path, text: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = path.read_text() if path.exists() else ""
        if text in content:
            return content
        time.sleep(0.05)
    raise AssertionError(f"{path.name} never contained {text!r}")
