"""Readers for the fields of a request, and the error every refusal of an input raises.

Each reader checks one value for type, range and length and raises `InputError` naming the
field; string lengths come from the SQLAlchemy column the value ends up in (`column=`). The
gate in validation.py turns an `InputError` into a 4xx answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

# Primary and foreign keys are 32-bit integers on PostgreSQL.
DB_ID_MAX = 2**31 - 1
# monday account and user ids are kept in BIGINT columns.
BIGINT_MAX = 2**63 - 1
MONDAY_ID_MAX_DIGITS = 19
# Free text with no column of its own (kept inside JSON or only shown): a generous cap.
DEFAULT_TEXT_CHARS = 1000

# NUL and unpaired surrogates: refused in every string a request brings (body, path, query).
BAD_CHARS = re.compile("[\x00\ud800-\udfff]")


class InputError(Exception):
    """A request input is unusable; `field` names it, `message` says what is wrong."""

    def __init__(self, field: str, message: str, status: int = 400) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.status = status


def column_length(column: Any) -> int | None:
    """The declared length of a model column (`Model.attribute`), None for unbounded text."""
    return getattr(column.property.columns[0].type, "length", None)


def obj(value: Any, field: str, *, optional: bool = False) -> dict[str, Any]:
    if value is None and optional:
        return {}
    if not isinstance(value, dict):
        raise InputError(field, "must be a JSON object")
    return value


def text(
    value: Any,
    field: str,
    *,
    column: Any = None,
    max_chars: int | None = None,
    optional: bool = False,
    numbers: bool = False,
) -> str | None:
    """A string no longer than its column (or `max_chars`); `numbers` accepts 12 as "12"."""
    if value is None:
        if optional:
            return None
        raise InputError(field, "is required")
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(field, "must be a string")
    limit = max_chars or (column_length(column) if column is not None else None)
    limit = limit or DEFAULT_TEXT_CHARS
    if len(value) > limit:
        raise InputError(field, f"is longer than {limit} characters")
    if BAD_CHARS.search(value):
        raise InputError(field, "contains a NUL or an unpaired surrogate character")
    return value


def integer(value: Any, field: str, low: int, high: int, *, optional: bool = False) -> int | None:
    """A whole number (or a string of digits) within low..high; booleans are not numbers."""
    if value is None and optional:
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _is_int_text(value.strip()):
        number = int(value.strip())
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if number is None:
        raise InputError(field, "must be a whole number")
    if not low <= number <= high:
        raise InputError(field, f"must be from {low} to {high}")
    return number


def _is_int_text(value: str) -> bool:
    digits = value.removeprefix("-")
    return value.isascii() and digits.isdigit() and len(digits) <= MONDAY_ID_MAX_DIGITS


def number(value: Any, field: str, low: float, high: float) -> float:
    """A finite number (or numeric string) within low..high; booleans are not numbers."""
    if isinstance(value, str):
        try:
            value = float(value) if len(value) <= 40 else None
        except ValueError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field, "must be a number")
    if not math.isfinite(value) or not low <= value <= high:
        raise InputError(field, f"must be from {low:g} to {high:g}")
    return float(value)


def boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(field, "must be true or false")
    return value


def db_id(value: Any, field: str, *, optional: bool = False) -> int | None:
    """A row id of ours: a whole number from 1 to 2^31-1."""
    return integer(value, field, 1, DB_ID_MAX, optional=optional)


def monday_id(
    value: Any, field: str, *, column: Any = None, optional: bool = False, signed: bool = False
) -> str | None:
    """A monday id (board, item, account, user) as digits; JSON numbers and strings both come.

    `signed` allows a leading minus: monday sends userId -6 for its automations."""
    if value is None or value == "":
        if optional:
            return None
        raise InputError(field, "is required")
    low = -BIGINT_MAX if signed else 1
    number_ = integer(value, field, low, BIGINT_MAX)
    digits = str(number_)
    limit = column_length(column) if column is not None else None
    if limit is not None and len(digits) > limit:
        raise InputError(field, f"is longer than {limit} digits")
    return digits


def one_of(value: Any, field: str, choices: Mapping[str, Any] | tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InputError(field, f"must be one of {', '.join(choices)}")
    return value
