"""Significant SYSPRO events worth an update (comment) on the item: the item's own history."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sync.mapping import STATUS_COLUMN_KEY, VANISHED_LABEL
from sync.values import number

# Status labels whose arrival is news on the item.
NOTEWORTHY_STATUSES = {"Paid", "Cancelled", "Completed", "On hold", VANISHED_LABEL}


def significant_events(
    before: Mapping[str, Any] | None, after: Mapping[str, Any], currency: str | None = None
) -> list[str]:
    """Human sentences for what changed that a person would want to see in the item's updates.

    `before` is what monday last confirmed (None for a new item: creation is not news)."""
    if not before:
        return []
    notes: list[str] = []
    old_balance, new_balance = number(before.get("balance")), number(after.get("balance"))
    if old_balance is not None and new_balance is not None and new_balance < old_balance:
        paid = old_balance - new_balance
        unit = f" {currency}" if currency else ""
        notes.append(
            f"Payment posted in SYSPRO: {paid:,.2f}{unit}. Balance now {new_balance:,.2f}{unit}."
        )
    old_status, new_status = before.get(STATUS_COLUMN_KEY), after.get(STATUS_COLUMN_KEY)
    if new_status != old_status and new_status in NOTEWORTHY_STATUSES:
        notes.append(f"SYSPRO status changed from {old_status or 'none'} to {new_status}.")
    return notes
