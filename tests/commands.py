"""Run an `ml-connector` command as a terminal does, stop it with Ctrl-C, and find what
it left running."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.processes import carrying

STOP_DEADLINE = 10.0
REDIS_STARTED = re.compile(r"embedded Redis on redis://127\.0\.0\.1:(\d+)")


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@dataclass
class Command:
    """One `ml-connector` command started as a terminal would: a process group of its own."""

    proc: subprocess.Popen[str]
    instance: Path
    lines: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, args: list[str], cwd: Path, env: dict[str, str]) -> Command:
        script = Path(sys.executable).parent / "ml-connector"
        proc = subprocess.Popen([str(script), *args], cwd=cwd, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)
        command = cls(proc, Path(env["INSTANCE_PATH"]))
        threading.Thread(target=lambda: command.lines.extend(proc.stdout or ()),
                         daemon=True).start()
        return command

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def assert_running(self, deadline: float) -> None:
        """Fail, with the command's output, when it has exited or `deadline` has passed."""
        assert self.proc.poll() is None, self.output[-3000:]
        assert time.monotonic() < deadline, self.output[-3000:]

    def wait_for_text(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            self.assert_running(deadline)
            time.sleep(0.2)

    def redis_port(self) -> int | None:
        """The embedded Redis's port, once the command has printed it."""
        match = REDIS_STARTED.search(self.output)
        return int(match.group(1)) if match else None

    def left(self) -> dict[int, str]:
        """Processes of this command still alive: they carry its instance path (every child
        inherits it) or its Redis port."""
        port = self.redis_port()
        found = carrying(str(self.instance))
        return found | carrying(f"127.0.0.1:{port}") if port else found

    def ctrl_c(self) -> float:
        """SIGINT to the process group, as Ctrl-C in a terminal; returns the seconds until
        the command and every process it started are gone (at most 30)."""
        started = time.monotonic()
        os.killpg(self.proc.pid, signal.SIGINT)
        while time.monotonic() - started < 30:
            if self.proc.poll() is not None and not self.left():
                break
            time.sleep(0.1)
        return time.monotonic() - started

    def kill(self) -> None:
        """After a failed test: nothing of it may outlive the test."""
        for pid in [self.proc.pid, *self.left()]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.wait(timeout=10)


def assert_stopped_cleanly(command: Command, seconds: float, ports: list[int]) -> None:
    """Gone within STOP_DEADLINE: the command, every process it started, the embedded Redis
    and whatever served `ports`; and honcho never had to fall back on SIGKILL."""
    left = command.left()
    assert not left, f"still running {seconds:.1f}s after Ctrl-C: {left}"
    assert seconds < STOP_DEADLINE, f"stopped in {seconds:.1f}s\n{command.output[-3000:]}"
    redis_port = command.redis_port()
    assert redis_port and "embedded Redis stopped" in command.output, command.output[-3000:]
    assert not port_open(redis_port), "the embedded Redis must not outlive the runner"
    for port in ports:
        assert not port_open(port), f"port {port} still served after the runner stopped"
    assert "sending SIGKILL" not in command.output

