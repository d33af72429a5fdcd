"""What a worker process needs, built once per process from the environment, on first use.

Jobs are plain functions that RQ imports by name; they call `runtime()` rather than receiving
live objects, so nothing but ids travels through Redis.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import redis

from config.settings import Settings
from store.crypto import SecretBox
from store.db import Database


@dataclass
class Runtime:
    settings: Settings

    @cached_property
    def db(self) -> Database:
        return Database(self.settings.database_url)

    @cached_property
    def redis(self) -> redis.Redis:
        if not self.settings.redis_url:
            raise RuntimeError("REDIS_URL is not set: workers need the Redis their jobs came from")
        return redis.Redis.from_url(self.settings.redis_url, socket_timeout=30)

    @cached_property
    def secret_box(self) -> SecretBox:
        return SecretBox(self.settings.encryption_keys)


_lock = threading.Lock()
_current: Runtime | None = None


def runtime() -> Runtime:
    global _current
    with _lock:
        if _current is None:
            _current = Runtime(Settings.from_env())
        return _current


def current_runtime() -> Runtime | None:
    """The runtime built so far in this process, if any (never builds one)."""
    with _lock:
        return _current


def set_runtime(value: Runtime | None) -> None:
    """Install a runtime (tests and the inline `sync run` command use their own settings)."""
    global _current
    with _lock:
        _current = value
