"""A column value's one way from SYSPRO to monday, and the one place it is converted.

1. SYSPRO text -> typed value, once, at read: syspro/parsing.py `parse_value` by the
   catalogue's field types (Decimal, int, date, bool, str; keys kept exactly).
2. typed value -> stored form, once, at map (`plain`, called by sync/mapping.py map_record):
   plain JSON (numbers as normalised decimal text, dates as ISO text, text stripped unless it
   is a key). The outbox keeps it, the content hash is taken over it and polls compare it, so
   this form never changes: a change here would make every stored record look changed.
3. stored form -> typed value, for a column's type (`typed`): the inverse of step 2, and the
   only decoder of stored values (the push, significant events, settle days, write-back).
4. typed value -> monday encoding, once, at write (`encode_values` over
   monday_api.column_values).

A stored value that does not fit its column's type (text in a numbers column) is passed on as
it is, so monday's encoder refuses it with the value as stored and the record fails alone.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from monday_api.column_values import encode_column_values


def plain(value: Any, *, exact: bool = False) -> Any:
    """A typed value's stored form: a JSON value that hashes the same however SYSPRO
    formatted it.

    Text loses SYSPRO's padding unless `exact` (keys: leading spaces and zeros are part of
    the key)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        # Normalise 12.50 / 12.5 / 12.500 to one form, without exponent notation.
        text = format(value.normalize(), "f")
        return "0" if text in {"-0", "0"} else text
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return plain(Decimal(str(value)))
    return str(value) if exact else str(value).strip()


def typed(value: Any, column_type: str) -> Any:
    """A stored value as the typed value it stands for in a column of `column_type`:
    Decimal for numbers, date or datetime for dates; anything else as it is."""
    if not isinstance(value, str):
        return value
    if column_type == "numbers":
        parsed = number(value.strip())
        return parsed if parsed is not None and parsed.is_finite() else value
    if column_type == "date":
        return _moment(value.strip()) or value
    return value


def number(value: Any) -> Decimal | None:
    """A stored number (None: empty, or not a number)."""
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def day(value: Any) -> date | None:
    """The calendar day of a stored date or date and time (None: empty, or not a date)."""
    try:
        return date.fromisoformat(str(value or "")[:10])
    except ValueError:
        return None


def _moment(text: str) -> date | datetime | None:
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def encode_values(values: dict[str, Any], columns: dict[str, dict[str, Any]]) -> str:
    """Stored values -> monday's column_values JSON, only for columns the sync owns."""
    owned = {
        columns[key]["id"]: (columns[key]["type"], typed(value, columns[key]["type"]))
        for key, value in values.items()
        if key in columns
    }
    return encode_column_values(owned)
