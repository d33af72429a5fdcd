"""A clock that can run faster than real time, so a monday "minute" can last a second in tests."""

from __future__ import annotations

import threading
import time
from collections import deque


class SandboxClock:
    """Sandbox seconds advance ``speed`` times faster than real seconds."""

    def __init__(self, speed: float = 1.0):
        if speed <= 0:
            raise ValueError("clock speed must be positive")
        self.speed = speed
        self._real_start = time.monotonic()
        self._wall_start = time.time()

    def now(self) -> float:
        """Sandbox time in seconds (an epoch-like number, for windows and expiry)."""
        return self._wall_start + (time.monotonic() - self._real_start) * self.speed

    def to_real(self, sandbox_seconds: float) -> float:
        return sandbox_seconds / self.speed


class SlidingWindow:
    """At most ``limit`` events in any ``window`` sandbox seconds; thread-safe."""

    def __init__(self, clock: SandboxClock, limit: int, window: float = 60.0):
        self.clock = clock
        self.limit = limit
        self.window = window
        self._events: deque[float] = deque()
        self._lock = threading.Lock()

    def _trim(self, now: float) -> None:
        while self._events and self._events[0] <= now - self.window:
            self._events.popleft()

    def wait_for(self, count: int) -> float:
        """Sandbox seconds until ``count`` more events fit (0 when they fit now)."""
        with self._lock:
            now = self.clock.now()
            self._trim(now)
            overflow = len(self._events) + count - self.limit
            if overflow <= 0:
                return 0.0
            if count > self.limit:
                return self.window
            return self._events[overflow - 1] + self.window - now

    def record(self, count: int) -> None:
        with self._lock:
            now = self.clock.now()
            self._events.extend([now] * count)
