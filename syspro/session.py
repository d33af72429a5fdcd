"""One e.net session per connection, shared by every worker through Redis.

A second logon with the same operator can evict the first session, so workers must never log on
side by side: the session id is kept in Redis (encrypted by the injected cipher, since it is as
good as a password) and a new one is only created while holding a Redis lock. Renewal after a
"session invalid" answer is compare-and-swap: only the worker still holding the stale id logs on;
the others pick up the fresh id.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Protocol, cast

import redis

from syspro.errors import MalformedResponse, SysproError


class Cipher(Protocol):
    def encrypt(self, plaintext: str) -> str: ...
    def decrypt(self, token: str) -> str: ...


class SessionLockTimeout(SysproError):
    """Another worker held the logon lock for too long."""


def clean_session_id(body: str) -> str:
    """Logon answers 34 hex chars plus padding (SYSPRO 7), maybe longer or quoted (SYSPRO 8)."""
    value = body.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            decoded = None
        if isinstance(decoded, str):
            value = decoded.strip()
    if not value or len(value) > 200 or any(c.isspace() for c in value) or "<" in value:
        raise MalformedResponse("logon answer is not a session id")
    return value


class SharedSession:
    """The session id of one connection, kept in Redis and created under a lock."""

    def __init__(
        self,
        connection_id: str,
        *,
        redis_client: redis.Redis,
        cipher: Cipher,
        logon: Callable[[], str],
        logoff: Callable[[str], None],
        ttl_seconds: int = 1200,
        lock_timeout: float = 30.0,
        fingerprint: str = "",
    ) -> None:
        self.connection_id = connection_id
        self._fingerprint = fingerprint
        self._redis = redis_client
        self._cipher = cipher
        self._logon = logon
        self._logoff = logoff
        self._ttl = ttl_seconds
        self._lock_timeout = lock_timeout
        self.key = f"syspro:session:{connection_id}"
        self.lock_key = f"syspro:session-lock:{connection_id}"

    def _stored(self) -> str | None:
        """The shared id, if it was logged on with this client's credentials."""
        stored = cast(bytes | None, self._redis.get(self.key))  # redis-py #3497: not awaitable
        return self._session_id(stored, any_credentials=False)

    def _session_id(self, token: bytes | str | None, *, any_credentials: bool) -> str | None:
        if token is None:
            return None
        try:
            entry = json.loads(
                self._cipher.decrypt(token.decode() if isinstance(token, bytes) else token)
            )
        except Exception:  # noqa: BLE001 - a key rotation, an older format: log on afresh
            return None
        if not isinstance(entry, dict):
            return None
        if not any_credentials and entry.get("fp") != self._fingerprint:
            return None  # other credentials (edited since): never reused
        session_id = entry.get("id")
        return session_id if isinstance(session_id, str) and session_id else None

    def take(self) -> str | None:
        """Remove the shared session from Redis in one step and return its id, whatever
        credentials logged it on: no worker uses it from now on, and the caller ends it at the
        server that issued it (the connection's logon settings changed)."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.get(self.key)
            pipe.delete(self.key)
            token, _ = pipe.execute()
        return self._session_id(token, any_credentials=True)

    def _store(self, session_id: str) -> None:
        entry = json.dumps({"id": session_id, "fp": self._fingerprint})
        self._redis.set(self.key, self._cipher.encrypt(entry), ex=self._ttl)

    def _lock(self) -> redis.lock.Lock:
        # The lock expires by itself so a worker killed mid-logon never blocks the others.
        return self._redis.lock(
            self.lock_key,
            timeout=self._lock_timeout + 5,
            blocking_timeout=self._lock_timeout,
        )

    def get(self) -> str:
        """The shared session id, logging on (once, under the lock) when there is none."""
        current = self._stored()
        if current:
            return current
        return self.renew(None)

    def touch(self) -> None:
        """Extend the Redis copy after a successful call (SYSPRO expiry is idle time)."""
        self._redis.expire(self.key, self._ttl)

    def renew(self, stale: str | None) -> str:
        """Replace `stale` with a new session unless another worker already did."""
        lock = self._lock()
        if not lock.acquire():
            raise SessionLockTimeout("timed out waiting for another worker's SYSPRO logon")
        try:
            current = self._stored()
            if current and current != stale:
                return current
            session_id = self._logon()
            self._store(session_id)
            return session_id
        finally:
            try:
                lock.release()
            except redis.exceptions.LockError:
                pass  # expired while we worked; nothing to release

    def drop(self, *, logoff: bool = True) -> None:
        """Forget the session (and log it off), e.g. when the connection is removed."""
        lock = self._lock()
        acquired = lock.acquire()
        try:
            current = self._stored()
            self._redis.delete(self.key)
            if logoff and current:
                try:
                    self._logoff(current)
                except SysproError:
                    pass  # already gone on the server side: nothing left to end
        finally:
            if acquired:
                try:
                    lock.release()
                except redis.exceptions.LockError:
                    pass
