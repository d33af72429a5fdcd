"""Poll intervals: one rule for connections and board syncs alike."""

from __future__ import annotations

from typing import Any

from store.errors import ValidationError

INTERVAL_RANGE = (5, 60)
DEFAULT_INTERVAL = 15


def validate_interval(raw: Any, field: str = "interval_minutes") -> int:
    low, high = INTERVAL_RANGE
    try:
        minutes = int(raw)
    except (TypeError, ValueError) as exc:
        raise ValidationError(field, f"{raw!r} is not a whole number") from exc
    if not low <= minutes <= high:
        raise ValidationError(field, f"must be between {low} and {high} minutes, not {minutes}")
    return minutes
