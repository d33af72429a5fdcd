"""What the operator may not do, remembered per connection with a TTL.

SYSPRO checks security when a business object is called, not at logon, and GetLogonProfile lists
no permissions. So refusals are learned by calling, and remembered, so a poll does not hammer
what it is not allowed to call and the settings view can say exactly which permission is missing.
Keys: a business object code ("APSSSP"), "COMFND:<Table>" for a table read through COMFND, or
"odata:<Table>" for an OData entity set.
"""

from __future__ import annotations

import json
import time
from typing import Any, cast

import redis


class PermissionCache:
    # Replies are cast to what this synchronous client returns (bytes, no decode_responses):
    # redis-py types them as `Awaitable | Any` for its sync and async clients alike (#3497).

    def __init__(self, redis_client: redis.Redis, connection_id: str, ttl_seconds: int = 3600):
        self._redis = redis_client
        self._ttl = ttl_seconds
        self.denied_key = f"syspro:perm:{connection_id}:denied"
        self.profile_key = f"syspro:perm:{connection_id}:profile"

    def record_denied(self, name: str, reason: str, *, area: str | None = None) -> None:
        entry = {"reason": reason, "area": area, "at": int(time.time())}
        pipe = self._redis.pipeline()
        pipe.hset(self.denied_key, name, json.dumps(entry))
        pipe.expire(self.denied_key, self._ttl)
        pipe.execute()

    def denied(self, name: str) -> dict[str, Any] | None:
        raw = cast(bytes | None, self._redis.hget(self.denied_key, name))
        return json.loads(raw) if raw else None

    def all_denied(self) -> dict[str, dict[str, Any]]:
        raw = cast(dict[bytes, bytes], self._redis.hgetall(self.denied_key))
        return {
            (k.decode() if isinstance(k, bytes) else k): json.loads(v) for k, v in raw.items()
        }

    def set_profile(self, profile: dict[str, str]) -> None:
        self._redis.set(self.profile_key, json.dumps(profile), ex=self._ttl)

    def profile(self) -> dict[str, str] | None:
        raw = cast(bytes | None, self._redis.get(self.profile_key))
        return json.loads(raw) if raw else None

    def clear(self) -> None:
        """Called when the connection's settings change (a new operator, new rights)."""
        self._redis.delete(self.denied_key, self.profile_key)
