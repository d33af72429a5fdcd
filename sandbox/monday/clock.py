"""A clock that can run faster than real time, so a monday "minute" can last a second in tests."""

from __future__ import annotations

import bisect
import threading
import time


class SandboxClock:
    """Sandbox seconds advance ``speed`` times faster than real seconds."""

    def __init__(self, speed: float = 1.0):
        if speed <= 0:
            raise ValueError("clock speed must be positive")
        self.speed = speed
        self._real_start = time.monotonic()
        self._wall_start = time.time()
        self._skipped = 0.0

    def now(self) -> float:
        """Sandbox time in seconds (an epoch-like number, for windows and expiry)."""
        return self._wall_start + self._skipped + (time.monotonic() - self._real_start) * self.speed

    def advance(self, sandbox_seconds: float) -> None:
        """Jump ahead (tests: let tokens expire now); time never goes back."""
        if sandbox_seconds < 0:
            raise ValueError("the clock only moves forward")
        self._skipped += sandbox_seconds

    def to_real(self, sandbox_seconds: float) -> float:
        return sandbox_seconds / self.speed


class SlidingWindow:
    """At most ``limit`` events in any ``window`` sandbox seconds; thread-safe."""

    def __init__(self, clock: SandboxClock, limit: int, window: float = 60.0):
        self.clock = clock
        self.limit = limit
        self.window = window
        self._events: list[float] = []  # sorted
        self._lock = threading.Lock()

    def _trim(self, now: float) -> None:
        cut = bisect.bisect_right(self._events, now - self.window)
        del self._events[:cut]

    def wait_for(self, count: int, at: float | None = None) -> float:
        """Sandbox seconds until ``count`` more events fit at time ``at`` (0: they fit)."""
        with self._lock:
            now = self.clock.now() if at is None else at
            self._trim(now)
            overflow = len(self._events) + count - self.limit
            if overflow <= 0:
                return 0.0
            if count > self.limit:
                return self.window
            return self._events[overflow - 1] + self.window - now

    def record(self, count: int, at: float | None = None) -> None:
        with self._lock:
            now = self.clock.now() if at is None else at
            for _ in range(count):
                bisect.insort(self._events, now)
