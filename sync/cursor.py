"""The incremental cursor of a board sync.

SYSPRO's change-detection columns are dates, so the cursor is a date: the newest date read,
plus the keys of the rows seen on that date (the boundary). The next poll reads from that date
minus an overlap window, because postings can arrive late with older dates; rows on the
boundary date whose keys were seen are skipped in the date stream, so a poll neither misses
rows sharing the last date nor processes them twice. Dates in the future (a post-dated invoice)
never move the cursor past the poll's own date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

# Past this many keys on one date, the boundary is not kept (hashing still dedupes).
MAX_BOUNDARY_KEYS = 5000


def row_cursor_value(
    row: Mapping[str, Any], date_fields: tuple[str, ...], periods: tuple[tuple[str, str], ...]
) -> date | None:
    """The row's newest change-detection date (a year/month period counts as its 1st)."""
    values: list[date] = []
    for name in date_fields:
        value = row.get(name)
        if isinstance(value, datetime):
            values.append(value.date())
        elif isinstance(value, date):
            values.append(value)
    for year_field, month_field in periods:
        year, month = row.get(year_field), row.get(month_field)
        try:
            values.append(date(int(year), int(month), 1))
        except (TypeError, ValueError):
            continue
    return max(values) if values else None


@dataclass
class Cursor:
    last_value: date | None = None
    boundary_keys: frozenset[str] = frozenset()

    @classmethod
    def load(cls, state: Mapping[str, Any] | None) -> Cursor:
        state = state or {}
        raw = state.get("last_value")
        return cls(
            last_value=date.fromisoformat(raw) if raw else None,
            boundary_keys=frozenset(state.get("boundary_keys") or ()),
        )

    def dump(self) -> dict[str, Any]:
        return {
            "last_value": self.last_value.isoformat() if self.last_value else None,
            "boundary_keys": sorted(self.boundary_keys),
        }

    def since(self, overlap: timedelta) -> date | None:
        """Where the next read starts: None (everything) on the first poll."""
        return self.last_value - overlap if self.last_value else None

    def already_seen(self, value: date | None, key: str) -> bool:
        return value is not None and value == self.last_value and key in self.boundary_keys


@dataclass
class CursorTracker:
    """Follows the rows of one poll and yields the cursor to save when it succeeds."""

    start: Cursor
    today: date
    newest: date | None = None
    keys: set[str] = field(default_factory=set)
    overflow: bool = False

    def __post_init__(self) -> None:
        self.newest = self.start.last_value
        self.keys = set(self.start.boundary_keys)

    def see(self, value: date | None, key: str) -> None:
        if value is None:
            return
        value = min(value, self.today)
        if self.newest is None or value > self.newest:
            self.newest, self.keys, self.overflow = value, {key}, False
        elif value == self.newest and not self.overflow:
            self.keys.add(key)
            if len(self.keys) > MAX_BOUNDARY_KEYS:
                self.keys, self.overflow = set(), True

    def result(self) -> Cursor:
        return Cursor(self.newest, frozenset(self.keys))
