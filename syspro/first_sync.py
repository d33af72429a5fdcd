"""What a board sync's first sync brings: open items only, records since a date, or all.

One setting per board sync (`first_sync`, set by the recipe or `ml-connector sync add
--first-sync`): "open", "all" or "since:YYYY-MM-DD". Unset, the entity decides: invoices bring
their open (unpaid, outstanding) items, since a board of paid invoices is history nobody acts
on; purchase orders, goods receipts and reference data (suppliers, customers, GL accounts,
stock items) bring everything, since invoices and receipts on other boards refer to them
whatever their state.

The scope applies to the first poll (no cursor yet) and to the nightly compare's records that
never reached the board; after that every change comes as usual, so an old invoice left out
appears once it changes (a credit, a payment reversal).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from syspro.entities import CATALOGUE
from syspro.query import matches

OPEN_BY_DEFAULT = ("supplier_invoices", "customer_invoices")
Row = Mapping[str, Any]


class FirstSyncError(ValueError):
    """A first_sync value that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class FirstSync:
    kind: str  # open | all | since
    since: date | None = None

    def __str__(self) -> str:
        return f"since:{self.since.isoformat()}" if self.since else self.kind


def default_for(entity: str) -> str:
    return "open" if entity in OPEN_BY_DEFAULT else "all"


def parse(entity: str, value: object) -> FirstSync:
    """The setting checked against the entity (None or "": the entity's default)."""
    text = str(value or "").strip().lower() or default_for(entity)
    spec = CATALOGUE[entity]
    if text == "all":
        return FirstSync("all")
    if text == "open":
        if spec.open_filter is None:
            raise FirstSyncError(f"{spec.label} have no open items; use \"all\" or "
                                 "\"since:YYYY-MM-DD\"")
        return FirstSync("open")
    if text.startswith("since:"):
        if not spec.date_fields:
            raise FirstSyncError(f"{spec.label} carry no date to start from; use \"all\"")
        try:
            return FirstSync("since", date.fromisoformat(text[6:].strip()))
        except ValueError:
            raise FirstSyncError(f"{text!r}: give the date as since:YYYY-MM-DD, e.g. "
                                 "since:2026-01-01") from None
    raise FirstSyncError(f"{text!r} is not one of open, all, since:YYYY-MM-DD")


def row_filter(entity: str, value: object) -> Callable[[Row], bool]:
    """Whether a row read during the first sync belongs on the board."""
    scope = parse(entity, value)
    spec = CATALOGUE[entity]
    if scope.kind == "open":
        return lambda row: matches(spec.open_filter, row)
    if scope.kind == "since" and scope.since is not None:
        since, field = scope.since, spec.date_fields[0]
        return lambda row: _on_or_after(row.get(field), since)
    return lambda row: True


def _on_or_after(value: Any, since: date) -> bool:
    if isinstance(value, datetime):
        return value.date() >= since
    if isinstance(value, date):
        return value >= since
    try:
        return date.fromisoformat(str(value)[:10]) >= since
    except ValueError:
        return True  # no readable date: keep the record rather than hide it
