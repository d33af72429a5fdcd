"""`ml-connector run` on a bare machine: ready within 30 s, Ctrl-C stops everything."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from jobs.embedded_redis import free_port

pytestmark = pytest.mark.slow


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("command", ["run", "demo"])
def test_serves_readyz_and_stops_cleanly_on_ctrl_c(tmp_path: Path, command: str) -> None:
    port = free_port()
    sandbox_ports = [free_port(), free_port()] if command == "demo" else []
    extra = (["--syspro-port", str(sandbox_ports[0]), "--monday-port", str(sandbox_ports[1])]
             if command == "demo" else [])
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env |= {"INSTANCE_PATH": str(tmp_path / "instance"), "APP_ENV": "development"}
    script = Path(sys.executable).parent / "ml-connector"
    proc = subprocess.Popen(
        [str(script), command, "--port", str(port), *extra],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
    reader.start()
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
        assert ready is not None and ready.status_code == 200, "".join(lines)[-3000:]
        assert ready.json()["checks"] == {"database": "ok", "redis": "ok", "schedule": "ok",
                                          "workers": "ok"}
        elapsed = time.monotonic() - started
        assert elapsed < 30
        if command == "demo":  # connected and syncing, with the guide printed
            while "demo is running" not in "".join(lines):
                assert time.monotonic() - started < 60, "".join(lines)[-3000:]
                time.sleep(0.2)
    finally:
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        proc.wait(timeout=30)
        reader.join(timeout=5)
    output = "".join(lines)
    match = re.search(r"embedded Redis on redis://127\.0\.0\.1:(\d+)", output)
    assert match, output[-3000:]
    redis_port = int(match.group(1))
    assert "embedded Redis stopped" in output
    assert not _port_open(redis_port), "the embedded Redis must not outlive the runner"
    assert not _port_open(port), "the web server must not outlive the runner"
    for sandbox_port in sandbox_ports:
        assert not _port_open(sandbox_port), "the sandboxes must not outlive the demo"
    database = "demo.db" if command == "demo" else "ml-connector.db"
    assert (tmp_path / "instance" / database).exists()
    if command == "demo":
        assert "=== ml-connector demo is running ===" in output
