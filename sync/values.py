"""Column values: mapped values -> monday's column_values JSON."""

from __future__ import annotations

from typing import Any

from monday_api.column_values import encode_column_values


def encode_values(values: dict[str, Any], columns: dict[str, dict[str, Any]]) -> str:
    """Mapped values -> monday's column_values JSON, only for columns the sync owns."""
    owned = {
        columns[key]["id"]: (columns[key]["type"], value)
        for key, value in values.items()
        if key in columns
    }
    return encode_column_values(owned)
