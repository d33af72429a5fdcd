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


def renamed_to(column_id: str | None, value: Any) -> str | None:
    """The new item name when the event is a rename (change_name), else None."""
    if column_id in (None, "", "name") and isinstance(value, Mapping) and "name" in value:
        return "" if value["name"] is None else str(value["name"])
    return None


def name_key(spec: BoardSyncSpec, mapping: BoardMapping) -> str | None:
    """The mapping key of the one field the item name shows, when the name is exactly one
    field and the board has its column; None when the sync derives the name."""
    column = name_column(mapping)
    if column is None or column.key not in spec.provisioned_columns:
        return None
    return column.key


def edited_column(
    spec: BoardSyncSpec, mapping: BoardMapping, column_id: str | None, value: Any
) -> tuple[str, Any] | str:
    """(mapping key, plain value) of what the person changed, or why it is not written back.
    A rename is an edit of the field the item name shows."""
    new_name = renamed_to(column_id, value)
    if new_name is not None:
        key = name_key(spec, mapping)
        return (key, new_name) if key else "the item name is not one SYSPRO field"
    key = next((k for k, c in spec.provisioned_columns.items()
                if c.get("id") == column_id), None)
    if key is None:
        return f"column {column_id} is not synced"
    return key, webhook_value(spec.provisioned_columns[key].get("type"), value)
