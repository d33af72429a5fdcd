"""From a SYSPRO row to the values of one monday item, and the hash that says "changed".

A mapping is a list of column specs (what the board shows) plus an item-name template. Every
entity has a default one that works without configuration; a board sync's `column_mapping`
can bind those columns to existing board columns, rename labels, leave columns out, or add
SYSPRO fields of its own. The mapped values are the stored form of sync/values.py (plain JSON:
strings, numbers as strings, ISO dates), so the same values are hashed, stored in the outbox
and, typed again by column, encoded for monday.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sync.entity_defaults import DEFAULT_SPECS, ColumnSpec
from sync.values import plain
from syspro.entities import CATALOGUE

ID_COLUMN_KEY = "syspro_id"
STATUS_COLUMN_KEY = "status"
VANISHED_LABEL = "Removed in SYSPRO"
SUPPORTED_TYPES = {"text", "long_text", "numbers", "date", "status", "email", "phone", "link",
                   "checkbox", "dropdown"}


CONFLICT_POLICIES = ("syspro_wins", "monday_wins")


class MappingError(ValueError):
    """A board sync's column mapping is not usable; the message says which part and why."""


@dataclass(frozen=True)
class BoardMapping:
    entity: str
    columns: tuple[ColumnSpec, ...]
    item_name: Callable[[Mapping[str, Any]], str]
    labels: Mapping[str, str] = field(default_factory=dict)
    # SYSPRO fields shown exactly as stored (key parts: " 00010" and "00010" are two
    # suppliers); everything else loses SYSPRO's padding.
    exact_sources: frozenset[str] = frozenset()
    name_template: str = ""  # the item_name template the item names are rendered from
    # Lookup boards: which side wins when SYSPRO changed a field the person then edited.
    conflicts: str = "syspro_wins"

    def column(self, key: str) -> ColumnSpec:
        for spec in self.columns:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def status(self) -> ColumnSpec | None:
        return next((c for c in self.columns if c.key == STATUS_COLUMN_KEY), None)

    def status_labels(self) -> list[str]:
        spec = self.status
        if spec is None:
            return []
        return [self.labels.get(label, label) for label in (*spec.labels, VANISHED_LABEL)]


@dataclass(frozen=True)
class MappedRecord:
    key: str
    name: str
    values: dict[str, Any]

    @property
    def content_hash(self) -> str:
        return content_hash(self.name, self.values)


def content_hash(name: str, values: Mapping[str, Any]) -> str:
    canonical = json.dumps({"n": name, "v": values}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


MAPPING_SETTINGS = frozenset({"columns", "exclude", "extra_fields", "labels", "item_name",
                              "trim_keys", "conflicts", "titles"})


def build_mapping(entity: str, overrides: Mapping[str, Any] | None = None) -> BoardMapping:
    """The entity's default mapping with a board sync's overrides applied (validated)."""
    if entity not in DEFAULT_SPECS:
        raise MappingError(f"entity {entity!r} has no mapping")
    defaults = DEFAULT_SPECS[entity]
    overrides = dict(overrides or {})
    unknown = set(overrides) - MAPPING_SETTINGS
    if unknown:
        raise MappingError(f"unknown mapping setting(s): {', '.join(sorted(unknown))}")
    columns = _default_columns(entity, list(defaults.columns), overrides)
    columns += _extra_columns(overrides.get("extra_fields") or {})
    labels = overrides.get("labels") or {}
    if not all(isinstance(k, str) and isinstance(v, str) and v for k, v in labels.items()):
        raise MappingError("labels: map each SYSPRO status label to a non-empty board label")
    exact = _exact_sources(entity, overrides.get("trim_keys", False))
    conflicts = overrides.get("conflicts", "syspro_wins")
    if conflicts not in CONFLICT_POLICIES:
        raise MappingError(f"conflicts: one of {', '.join(CONFLICT_POLICIES)}")
    template = overrides.get("item_name") or defaults.item_name
    return BoardMapping(entity, tuple(columns), _name_renderer(template), labels, exact,
                        template, conflicts)


def _default_columns(entity: str, columns: list[ColumnSpec],
                     overrides: Mapping[str, Any]) -> list[ColumnSpec]:
    """The entity's columns less those excluded, bound to board columns and retitled."""
    excluded = set(overrides.get("exclude") or ())
    if ID_COLUMN_KEY in excluded:
        raise MappingError("the SYSPRO ID column cannot be excluded: it finds items again")
    columns = [c for c in columns if c.key not in excluded]
    bound = overrides.get("columns") or {}
    keys = {c.key for c in columns}
    for key, column_id in bound.items():
        if key not in keys:
            raise MappingError(f"columns.{key}: no such column in the {entity} mapping")
        if not isinstance(column_id, str) or not column_id:
            raise MappingError(f"columns.{key}: give the monday column id as text")
    columns = [replace(c, column_id=bound.get(c.key, c.column_id)) for c in columns]
    titles = overrides.get("titles") or {}
    for key, title in titles.items():
        if key not in keys or not isinstance(title, str) or not title.strip():
            raise MappingError(f"titles.{key}: give a column of the mapping a non-empty title")
    return [replace(c, title=titles.get(c.key, c.title).strip()) for c in columns]


def _extra_columns(extra_fields: Mapping[str, Any]) -> list[ColumnSpec]:
    """SYSPRO fields a board sync shows beyond the entity's defaults."""
    columns = []
    for source, spec in extra_fields.items():
        # Without a column id, provisioning finds the column by its title or creates it.
        if not isinstance(spec, Mapping) or not (spec.get("column_id") or spec.get("title")):
            raise MappingError(f"extra_fields.{source}: give {{'column_id' or 'title', "
                               "'type'}}")
        column_type = spec.get("type", "text")
        if column_type not in SUPPORTED_TYPES:
            raise MappingError(f"extra_fields.{source}: type {column_type!r} is not supported")
        columns.append(
            ColumnSpec(
                key=f"field_{source}",
                title=str(spec.get("title") or source),
                type=column_type,
                source=source,
                column_id=str(spec["column_id"]) if spec.get("column_id") else None,
            )
        )
    return columns


def _exact_sources(entity: str, trim_keys: Any) -> frozenset[str]:
    """Fields shown exactly as SYSPRO stores them: key fields, unless trim_keys. Display only:
    the SYSPRO ID column and matching always use the exact key."""
    if not isinstance(trim_keys, bool):
        raise MappingError("trim_keys: give true or false")
    return frozenset() if trim_keys else frozenset(_key_fields(entity))


def name_column(mapping: BoardMapping) -> ColumnSpec | None:
    """The column showing the one field the item name is made of ("{SupplierName}"), if the
    name is exactly one field: renaming the item is then an edit of that field."""
    template = mapping.name_template.strip()
    if not (template.startswith("{") and template.endswith("}")) or template.count("{") != 1:
        return None
    field_name = template[1:-1]
    return next((c for c in mapping.columns if c.source == field_name and not c.derive), None)


def _key_fields(entity: str) -> set[str]:
    """Fields holding SYSPRO codes: this entity's key parts and the codes of the others that
    its rows name (a PO's Supplier, a GRN's PurchaseOrder)."""
    return {key for spec in CATALOGUE.values() for key in spec.keys}


def _name_renderer(template: str) -> Callable[[Mapping[str, Any]], str]:
    def render(row: Mapping[str, Any]) -> str:
        class Fields(dict[str, Any]):
            def __missing__(self, key: str) -> str:
                return ""

        values = Fields({k: "" if v is None else str(v).strip() for k, v in row.items()})
        try:
            name = " ".join(template.format_map(values).split())
        except (ValueError, IndexError) as exc:
            raise MappingError(f"item_name template {template!r}: {exc}") from exc
        # monday: 1 to 255 characters.
        return (name or str(row.get("_id", "")).strip() or "SYSPRO record")[:255]

    return render


def map_record(row: Mapping[str, Any], mapping: BoardMapping) -> MappedRecord:
    values: dict[str, Any] = {}
    for spec in mapping.columns:
        raw = spec.derive(row) if spec.derive else row.get(spec.source or "")
        exact = spec.key == ID_COLUMN_KEY or (spec.source or "") in mapping.exact_sources
        value = plain(raw, exact=exact)
        if spec.key == STATUS_COLUMN_KEY and isinstance(value, str):
            value = mapping.labels.get(value, value)
        values[spec.key] = value
    return MappedRecord(key=str(row["_id"]), name=mapping.item_name(row), values=values)


def vanished_values(values: Mapping[str, Any], mapping: BoardMapping) -> dict[str, Any]:
    """The record's last values with its status set to "Removed in SYSPRO"."""
    marked = dict(values)
    if mapping.status is not None:
        marked[STATUS_COLUMN_KEY] = mapping.labels.get(VANISHED_LABEL, VANISHED_LABEL)
    return marked
