"""The change cursor of a board sync: how the next poll finds what changed in SYSPRO.

Two kinds, chosen per board sync (connection option `change_cursor`, see docs/sync-engine.md):

- **rowversion** (preferred): every SYSPRO table has a `TimeStamp` rowversion that rises on every
  write of a row. The cursor keeps, per table (the entity's own and the tables that change it
  without writing it: payments, PO lines, GRNs, address and balance rows), the highest value
  read. A poll reads rows above the marks of the poll *before* it: a write committed late with
  a lower rowversion (a long transaction) is still read once more; the hashes make the re-read
  cost nothing on monday. Cancelled orders, fully paid invoices and back-dated payments all
  write their rows, so all are seen on the next poll, whatever their dates.
- **date** (fallback, for servers that cannot filter on the rowversion): the newest change date
  read, never past today. The next poll reads from it minus an overlap window, re-reads open
  items, and re-reads by key the items that were open last time and are not any more (paid,
  cancelled, completed). There is no key skip at the boundary: the hashes close it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

ROWVERSION_MODE = "rowversion"
DATE_MODE = "date"


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
        if year is None or month is None:
            continue
        try:
            values.append(date(int(year), int(month), 1))
        except (TypeError, ValueError):
            continue
    return max(values) if values else None


def _int_marks(raw: Any) -> dict[str, int | None]:
    if not isinstance(raw, Mapping):
        return {}
    return {str(k): (int(v) if v is not None else None) for k, v in raw.items()}


@dataclass
class Cursor:
    """What a board sync's last successful poll left for the next one."""

    mode: str | None = None  # None: not decided yet (first poll, or saved by an older release)
    last_value: date | None = None  # date mode: newest change date read
    read_from: dict[str, int | None] = field(default_factory=dict)  # rowversion: next start
    high: dict[str, int | None] = field(default_factory=dict)  # rowversion: highest read
    fallback_reason: str | None = None  # why the date window is used
    probed_at: str | None = None  # when the rowversion was last tried (ISO, UTC)

    @classmethod
    def load(cls, state: Mapping[str, Any] | None) -> Cursor:
        state = state or {}
        raw = state.get("last_value")
        mode = state.get("mode")
        return cls(
            mode=mode if mode in (ROWVERSION_MODE, DATE_MODE) else None,
            last_value=date.fromisoformat(raw) if raw else None,
            read_from=_int_marks(state.get("read_from")),
            high=_int_marks(state.get("high")),
            fallback_reason=state.get("fallback_reason"),
            probed_at=state.get("probed_at"),
        )

    def dump(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "last_value": self.last_value.isoformat() if self.last_value else None,
            "read_from": dict(self.read_from),
            "high": dict(self.high),
            "fallback_reason": self.fallback_reason,
            "probed_at": self.probed_at,
        }

    def since(self, overlap: timedelta) -> date | None:
        """Date mode: where the next window starts (None: everything, on the first poll)."""
        return self.last_value - overlap if self.last_value else None

    def advanced_marks(self, seen: Mapping[str, int | None], lag: bool) -> Cursor:
        """The rowversion cursor after a complete read that saw `seen` (highest per table).

        With `lag`, the next poll starts at this poll's starting high marks, so a write that
        committed late with a lower rowversion is still read once."""
        high = {t: _max(self.high.get(t), v) for t, v in seen.items()}
        read_from = {
            table: (self.high.get(table) if lag and self.high.get(table) is not None else mark)
            for table, mark in high.items()
        }
        return Cursor(ROWVERSION_MODE, self.last_value, read_from, high,
                      None, self.probed_at)


def _max(a: int | None, b: int | None) -> int | None:
    known = [v for v in (a, b) if v is not None]
    return max(known) if known else None


@dataclass
class DateTracker:
    """Follows the dates of one date-mode poll; never moves the cursor past today."""

    start: date | None
    today: date
    newest: date | None = None

    def __post_init__(self) -> None:
        self.newest = self.start

    def see(self, value: date | None) -> None:
        if value is None:
            return
        value = min(value, self.today)
        if self.newest is None or value > self.newest:
            self.newest = value
