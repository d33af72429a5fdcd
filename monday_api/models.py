"""Plain data returned by :class:`MondayClient` operations (ids are strings, as monday sends)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from monday_api.column_values import decode_column_value
from monday_api.errors import MondayError, RecordError


@dataclass(frozen=True)
class Account:
    id: str
    name: str
    slug: str | None = None
    tier: str | None = None
    plan_tier: str | None = None
    max_users: int | None = None


@dataclass(frozen=True)
class Me:
    user_id: str
    name: str
    email: str | None
    account: Account


@dataclass(frozen=True)
class Column:
    id: str
    title: str
    type: str
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def labels(self) -> dict[int, str]:
        """Status/dropdown labels by index (both settings shapes monday uses)."""
        labels = self.settings.get("labels") or {}
        if isinstance(labels, dict):
            return {int(k): v for k, v in labels.items()}
        return {int(entry["id"]): entry["name"] for entry in labels if "id" in entry}

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> Column:
        settings = raw.get("settings") or {}
        if isinstance(settings, str):
            settings = json.loads(settings or "{}")
        return cls(id=raw["id"], title=raw["title"], type=raw["type"], settings=settings)


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    color: str | None = None
    position: str | None = None

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> Group:
        return cls(
            id=raw["id"], title=raw["title"], color=raw.get("color"), position=raw.get("position")
        )


@dataclass(frozen=True)
class Board:
    id: str
    name: str
    state: str | None = None
    items_count: int | None = None
    columns: tuple[Column, ...] = ()
    groups: tuple[Group, ...] = ()

    def column(self, column_id: str) -> Column | None:
        return next((c for c in self.columns if c.id == column_id), None)

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> Board:
        return cls(
            id=raw["id"],
            name=raw["name"],
            state=raw.get("state"),
            items_count=raw.get("items_count"),
            columns=tuple(Column.from_api(c) for c in raw.get("columns") or ()),
            groups=tuple(Group.from_api(g) for g in raw.get("groups") or ()),
        )


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    group_id: str | None = None
    state: str | None = None
    updated_at: str | None = None
    # Raw ColumnValue objects as monday returned them, keyed by column id.
    raw_column_values: dict[str, dict[str, Any]] = field(default_factory=dict)

    def value(self, column_id: str) -> Any:
        raw = self.raw_column_values.get(column_id)
        return None if raw is None else decode_column_value(raw)

    def text(self, column_id: str) -> str | None:
        raw = self.raw_column_values.get(column_id)
        return None if raw is None else raw.get("text")

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> Item:
        return cls(
            id=raw["id"],
            name=raw["name"],
            group_id=(raw.get("group") or {}).get("id"),
            state=raw.get("state"),
            updated_at=raw.get("updated_at"),
            raw_column_values={cv["id"]: cv for cv in raw.get("column_values") or ()},
        )


@dataclass(frozen=True)
class Update:
    id: str
    body: str
    created_at: str | None = None


@dataclass(frozen=True)
class Webhook:
    id: str
    board_id: str
    event: str | None = None
    config: str | None = None


@dataclass(frozen=True)
class NewItem:
    """One item to create. ``column_values`` is the encoded JSON string or a JSON-able dict."""

    name: str
    column_values: str | dict[str, Any] | None = None
    group_id: str | None = None
    idempotency_key: str | None = None


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    column_values: str | dict[str, Any]


@dataclass
class WriteResult:
    """Outcome of one write in a batch: an item id, or the record error monday gave."""

    index: int
    item_id: str | None = None
    name: str | None = None
    error: RecordError | None = None
    replayed: bool = False
    # monday refused the whole request this write was in (5xx after retries, a request-level
    # error): not this record's verdict yet; split the batch to find out.
    refused: MondayError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.refused is None
