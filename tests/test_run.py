"""`ml-connector run` and `demo`: ready within 30 s; Ctrl-C stops everything within 10 s,
whatever runs (for the demo: its first push), the embedded Redis last."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import requests

from jobs.embedded_redis import free_port
from tests.commands import Command, assert_stopped_cleanly

pytestmark = pytest.mark.slow


def _board_items(monday_port: int) -> int:
    boards = requests.get(f"http://127.0.0.1:{monday_port}/_sandbox/boards", timeout=5).json()
    return max((board["items_count"] for board in boards), default=0)


@pytest.mark.parametrize("name", ["run", "demo"])
def test_serves_readyz_and_stops_cleanly_on_ctrl_c(tmp_path: Path, name: str) -> None:
    port = free_port()
    sandbox_ports = [free_port(), free_port()] if name == "demo" else []
    extra = (["--syspro-port", str(sandbox_ports[0]), "--monday-port", str(sandbox_ports[1])]
             if name == "demo" else [])
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env |= {"INSTANCE_PATH": str(tmp_path / "instance"), "APP_ENV": "development"}
    command = Command.start([name, "--port", str(port), *extra], tmp_path, env)
    started = time.monotonic()
    try:
        ready = None
        while time.monotonic() - started < 30:
            try:
                ready = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
                if ready.status_code == 200:
                    break
            except requests.RequestException:  # not up yet, or slow under load
                pass
            time.sleep(0.3)
        assert ready is not None and ready.status_code == 200, command.output[-3000:]
        assert ready.json()["checks"] == {"database": "ok", "redis": "ok", "schedule": "ok",
                                          "workers": "ok"}
        assert time.monotonic() - started < 30
        if name == "demo":  # connected, and stopped in the middle of its first push
            command.wait_for_text("=== ml-connector demo is running ===", 60)
            while _board_items(sandbox_ports[1]) < 20:
                assert time.monotonic() - started < 120, command.output[-3000:]
                time.sleep(0.3)
        seconds = command.ctrl_c()
        assert_stopped_cleanly(command, seconds, [port, *sandbox_ports])
    finally:
        if command.proc.poll() is None or command.left():
            command.kill()
    assert command.proc.returncode == 130  # honcho's code for SIGINT
    database = "demo.db" if name == "demo" else "ml-connector.db"
    assert (tmp_path / "instance" / database).exists()
