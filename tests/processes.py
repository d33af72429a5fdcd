"""Killing a worker the way a machine dies: the whole process tree at once.

rq runs each job in a work horse that calls setpgrp(): killing the worker's process group
leaves the horse running, finishing the job the test meant to interrupt. So the tree is found
by walking /proc (no psutil) and every process in it is stopped, then killed.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path


def _parent_of(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    return int(stat.rsplit(")", 1)[1].split()[1])


def descendants(root: int) -> list[int]:
    """Every live process below `root`, parents before children."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent_of(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_tree(root: int) -> list[int]:
    """SIGKILL `root` and everything below it; returns the pids killed. Stopped first, so
    no process of the tree can react (reap, report, fork) while the others die."""
    tree = [root, *descendants(root)]
    for sig in (signal.SIGSTOP, signal.SIGKILL):
        for pid in tree:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
    return tree


def carrying(marker: str) -> dict[int, str]:
    """Live processes (zombies excluded) whose command line or environment contains `marker`,
    with their command lines: finds a tree's members even after their parents died."""
    needle = marker.encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if state != "Z" and (needle in cmdline or needle in environ):
            found[int(entry.name)] = cmdline.replace(b"\0", b" ").decode(errors="replace")
    return found
