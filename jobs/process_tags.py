"""Find and end every process an owner started, wherever those processes went.

Neither a process group nor parent links reach a whole tree of ours: rq's work horse calls
setpgrp() (a signal to the worker's group misses it), the supervisor and honcho start their
children in sessions of their own, and a process whose parent died is re-parented to init
(the link to its tree is gone). The environment, though, is inherited by every fork and exec
of our processes. So an owner starts its children with NAME=<a value of its own> (`new_tag`)
and, to stop them, finds every process that still carries it in /proc/<pid>/environ.

Invariants: the caller itself is never matched; processes of other users (unreadable
environ), zombies (empty environ) and systems without /proc are simply not found.
"""

from __future__ import annotations

import os
import signal
import uuid
from pathlib import Path

# The tags in use. They nest: a supervised worker started by `ml-connector run` carries both.
RUN_TAG_VARIABLE = "ML_CONNECTOR_RUN"  # every process one `run` or `demo` started
SUPERVISED_TAG_VARIABLE = "ML_CONNECTOR_SUPERVISED"  # one supervised child's tree
# Rounds of "stop what carries the tag, look again": a member that forked between the first
# look and its stop is found by the next one; more rounds than that mean a fork storm.
MAX_SWEEPS = 10


def new_tag() -> str:
    """A value no other run carries."""
    return uuid.uuid4().hex


def tagged(name: str, value: str) -> list[int]:
    """The live processes whose environment holds NAME=value (the caller excluded)."""
    needle = f"{name}={value}".encode()
    found = []
    try:
        entries = list(Path("/proc").iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:  # gone meanwhile, or another user's
            continue
        if needle in environ.split(b"\0"):
            found.append(int(entry.name))
    return found


def kill_tagged(name: str, value: str) -> list[int]:
    """SIGKILL every process carrying the tag; returns their pids. Each is stopped (SIGSTOP)
    first and the search repeated until it finds no one new, so no member can fork a new
    one, or reap and report, while the others die."""
    stopped: list[int] = []
    for _ in range(MAX_SWEEPS):
        new = sorted(set(tagged(name, value)) - set(stopped))
        if not new:
            break
        _send(new, signal.SIGSTOP)
        stopped += new
    _send(stopped, signal.SIGKILL)
    return stopped


def _send(pids: list[int], sig: signal.Signals) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass
