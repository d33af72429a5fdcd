"""What a board webhook says a person changed: the mapped column and its plain value.

monday wraps a column's value per column type, and sends an item rename as its own event
(change_name, no column, value {"name": ...}); both become (mapping key, value) here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from store.board_syncs import BoardSyncSpec
from sync.mapping import BoardMapping, name_column


def webhook_value(column_type: str | None, value: Any) -> Any:
    """The plain value in a board webhook's `value` (monday wraps it per column type)."""
    if value is None or not isinstance(value, Mapping):
        return value
    if column_type == "phone":
        return value.get("phone")
    if column_type == "email":
        return value.get("email")
    if column_type == "long_text":
        return value.get("text")
    if column_type == "link":
        return value.get("url")
    if column_type == "date":
        return value.get("date")
    if column_type in ("status", "color"):
        label = value.get("label")
        return label.get("text") if isinstance(label, Mapping) else label
    if column_type == "dropdown":
        chosen = value.get("chosenValues") or []
        return ", ".join(str(c.get("name")) for c in chosen if isinstance(c, Mapping)) or None
    if "value" in value:  # text, numbers
        return value["value"]
    return value.get("text")


def edited_column(
    spec: BoardSyncSpec, mapping: BoardMapping, column_id: str | None, value: Any
) -> tuple[str, Any] | str:
    """(mapping key, plain value) of what the person changed, or why it is not written back.
    A rename is an edit of the field the item name shows."""
    if column_id in (None, "", "name") and isinstance(value, Mapping) and "name" in value:
        column = name_column(mapping)
        if column is None or column.key not in spec.provisioned_columns:
            return "the item name is not one SYSPRO field"
        return column.key, value.get("name")
    key = next((k for k, c in spec.provisioned_columns.items()
                if c.get("id") == column_id), None)
    if key is None:
        return f"column {column_id} is not synced"
    return key, webhook_value(spec.provisioned_columns[key].get("type"), value)
