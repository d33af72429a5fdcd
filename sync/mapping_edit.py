"""The column mapping as the board view edits it, and its preview.

The board view shows a mapping as a list of columns (SYSPRO field -> column title and type,
on or off), the status label map and the item name template. It is stored as the board
sync's `column_mapping` overrides of the entity defaults (sync/mapping.py `build_mapping`),
so there is one mapping and one conversion: `mapping_from_body` turns the view's shape into
overrides and reports every problem at once; `preview` converts SYSPRO rows exactly as the
push does (map_record, then the push's encode_values), writing nothing anywhere.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from monday_api.errors import ColumnValueEncodingError
from sync.entity_defaults import DEFAULT_SPECS
from sync.mapping import (
    ID_COLUMN_KEY,
    STATUS_COLUMN_KEY,
    SUPPORTED_TYPES,
    VANISHED_LABEL,
    MappingError,
    build_mapping,
    map_record,
)
from sync.values import encode_values
from syspro.entities import CATALOGUE
from syspro.readers.base import ROW_ERRORS

# The column type a SYSPRO field of each catalogue type suggests.
FIELD_COLUMN_TYPES = {"date": "date", "decimal": "numbers", "int": "numbers"}
COLUMN_TYPES = sorted(SUPPORTED_TYPES)
EXTRA_PREFIX = "field_"  # build_mapping's key for a SYSPRO field added as a column


@dataclass(frozen=True)
class Problem:
    field: str  # where in the body: "mapping.columns[2].column_title"
    message: str


class MappingInvalid(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


def _humanize(name: str) -> str:
    words, current = [], ""
    for char in name:
        if char.isupper() and current and not current[-1].isupper():
            words.append(current)
            current = ""
        current += char
    words.append(current)
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:].lower()


def _default_field(spec: Any) -> str:
    """The field a default column shows: its SYSPRO field, or its key when worked out."""
    return spec.source if spec.source else spec.key


def mapping_fields(entity: str) -> list[dict[str, str]]:
    """Every field a column can show: SYSPRO's (catalogue) and the worked-out ones."""
    layout = DEFAULT_SPECS[entity]
    titles = {c.source: c.title for c in layout.columns if c.source}
    fields = [{"field": "_id", "label": "SYSPRO ID", "type": "text"}]
    fields += [{"field": c.key, "label": f"{c.title} (worked out by the connector)",
                "type": c.type} for c in layout.columns if c.derive]
    for name, kind in CATALOGUE[entity].field_types.items():
        fields.append({"field": name, "label": titles.get(name) or _humanize(name),
                       "type": FIELD_COLUMN_TYPES.get(kind, "text")})
    return fields


def mapping_view(entity: str, overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """The stored mapping in the board view's shape (defaults included, off ones too)."""
    mapping = build_mapping(entity, overrides)
    labels = {f["field"]: f["label"] for f in mapping_fields(entity)}
    on = {c.key: c for c in mapping.columns}
    columns = []
    for spec in DEFAULT_SPECS[entity].columns:
        shown = on.get(spec.key, spec)
        columns.append({"field": _default_field(spec), "field_label": labels.get(
            _default_field(spec), spec.title), "column_title": shown.title,
            "column_type": spec.type, "enabled": spec.key in on})
    for spec in mapping.columns:
        if spec.key.startswith(EXTRA_PREFIX) and spec.source:
            columns.append({"field": spec.source, "field_label": labels.get(spec.source,
                            spec.source), "column_title": spec.title,
                            "column_type": spec.type, "enabled": True})
    status = DEFAULT_SPECS[entity].columns[-1]
    status_labels = {label: mapping.labels.get(label, label)
                     for label in (*status.labels, VANISHED_LABEL)}
    return {"columns": columns, "status_labels": status_labels,
            "name_template": mapping.name_template}


def mapping_from_body(
    entity: str, body: Any, current: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The view's mapping as overrides (keeping settings the view does not edit: bound
    column ids, key trimming, conflicts). Raises MappingInvalid with every problem."""
    problems: list[Problem] = []
    if not isinstance(body, Mapping):
        raise MappingInvalid([Problem("mapping", "give the mapping as an object")])
    kept = {k: v for k, v in (current or {}).items()
            if k in ("columns", "trim_keys", "conflicts")}
    overrides: dict[str, Any] = {**kept, **_columns(entity, body.get("columns"), problems)}
    labels = _labels(entity, body.get("status_labels"), problems)
    if labels:
        overrides["labels"] = labels
    template = _template(entity, body.get("name_template"), problems)
    if template != DEFAULT_SPECS[entity].item_name:
        overrides["item_name"] = template
    if not problems:
        try:
            build_mapping(entity, overrides)
        except MappingError as exc:
            problems.append(Problem("mapping", str(exc)))
    if problems:
        raise MappingInvalid(problems)
    return overrides


def _columns(entity: str, columns: Any, problems: list[Problem]) -> dict[str, Any]:
    if not isinstance(columns, list):
        problems.append(Problem("mapping.columns", "give the columns as a list"))
        return {}
    form = _ColumnsForm(entity, problems)
    for i, entry in enumerate(columns):
        form.read(i, entry)
    return form.overrides()


@dataclass
class _ColumnsForm:
    """The view's column list read one entry at a time into build_mapping's overrides
    (exclude, titles, extra_fields), every problem reported where it is."""

    entity: str
    problems: list[Problem]
    exclude: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    extra: dict[str, dict[str, str]] = field(default_factory=dict)
    seen_fields: set[str] = field(default_factory=set)
    seen_titles: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.defaults = {_default_field(c): c for c in DEFAULT_SPECS[self.entity].columns}
        self.known = {f["field"] for f in mapping_fields(self.entity)}

    def read(self, i: int, entry: Any) -> None:
        where = f"mapping.columns[{i}]"
        checked = self._checked(where, entry)
        if checked is None or not self._title_free(where, i, checked[1], checked[3]):
            return
        name, title, kind, enabled = checked
        spec = self.defaults.get(name)
        if spec is not None:
            self._default_column(where, spec, kind, enabled, title)
        else:
            self._extra_column(where, name, kind, enabled, title)

    def _checked(self, where: str, entry: Any) -> tuple[str, str, Any, bool] | None:
        """(field, title, type, enabled) of a well-formed entry; None: a problem is noted."""
        problem = self._entry_problem(where, entry)
        if problem is not None:
            self._problem(*problem)
            return None
        title = entry["column_title"].strip()
        return entry["field"], title, entry.get("column_type"), entry.get("enabled", True)

    def _entry_problem(self, where: str, entry: Any) -> tuple[str, str] | None:
        if not isinstance(entry, Mapping):
            return where, "give each column as an object"
        name, title, enabled = entry.get("field"), entry.get("column_title"), entry.get(
            "enabled", True)
        if not isinstance(name, str) or name not in self.known:
            return f"{where}.field", (f"unknown SYSPRO field {name!r} for "
                                      f"{CATALOGUE[self.entity].label.lower()}")
        if name in self.seen_fields:
            return f"{where}.field", f"{name} is listed twice"
        self.seen_fields.add(name)
        if not isinstance(enabled, bool):
            return f"{where}.enabled", "give true or false"
        if not isinstance(title, str) or not title.strip() or len(title.strip()) > 255:
            return f"{where}.column_title", "give a title of 1 to 255 characters"
        return None

    def _title_free(self, where: str, i: int, title: str, enabled: bool) -> bool:
        """Two shown columns cannot share a title (monday finds columns by title)."""
        if not enabled:
            return True
        if title.lower() in self.seen_titles:
            self._problem(f"{where}.column_title", f"the title {title!r} is already used by "
                          f"column {self.seen_titles[title.lower()]}")
            return False
        self.seen_titles[title.lower()] = i
        return True

    def _default_column(self, where: str, spec: Any, kind: Any, enabled: bool,
                        title: str) -> None:
        if kind not in (None, spec.type):
            self._problem(f"{where}.column_type", f"{spec.title} is a {spec.type} column; add "
                          "the field again as a new column for another type")
        elif not enabled and spec.key == ID_COLUMN_KEY:
            self._problem(f"{where}.enabled", "the SYSPRO ID column cannot be turned off: it "
                          "finds items again")
        elif not enabled:
            self.exclude.append(spec.key)
        elif title != spec.title:
            self.titles[spec.key] = title

    def _extra_column(self, where: str, name: str, kind: Any, enabled: bool,
                      title: str) -> None:
        if kind not in SUPPORTED_TYPES:
            self._problem(f"{where}.column_type", f"{kind!r} is not one of "
                          f"{', '.join(COLUMN_TYPES)}")
        elif name in self.defaults or name == "_id":
            self._problem(f"{where}.field", f"{name} is already a column")
        elif enabled:
            self.extra[name] = {"title": title, "type": str(kind)}

    def _problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def overrides(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        if self.exclude:
            found["exclude"] = self.exclude
        if self.titles:
            found["titles"] = self.titles
        if self.extra:
            found["extra_fields"] = self.extra
        return found


def _labels(entity: str, labels: Any, problems: list[Problem]) -> dict[str, str]:
    if labels is None:
        return {}
    status = next(c for c in DEFAULT_SPECS[entity].columns if c.key == STATUS_COLUMN_KEY)
    allowed = (*status.labels, VANISHED_LABEL)
    if not isinstance(labels, Mapping):
        problems.append(Problem("mapping.status_labels", "give SYSPRO status -> board label"))
        return {}
    found = {}
    for value, label in labels.items():
        where = f"mapping.status_labels.{value}"
        if value not in allowed:
            problems.append(Problem(where, f"{value!r} is not a SYSPRO status here; one of "
                                    f"{', '.join(allowed)}"))
        elif not isinstance(label, str) or not label.strip() or len(label) > 255:
            problems.append(Problem(where, "give a board label of 1 to 255 characters"))
        elif label.strip() != value:
            found[value] = label.strip()
    return found


def _template(entity: str, template: Any, problems: list[Problem]) -> str:
    where = "mapping.name_template"
    if not isinstance(template, str) or not template.strip():
        problems.append(Problem(where, "give an item name template, e.g. "
                                f"{DEFAULT_SPECS[entity].item_name!r}"))
        return DEFAULT_SPECS[entity].item_name
    known = {f["field"] for f in mapping_fields(entity)} - {c.key for c in
                                                            DEFAULT_SPECS[entity].columns}
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        problems.append(Problem(where, f"{exc}; write fields as {{Field}} and a brace as "
                                "{{ or }}"))
        return template
    for name in names:
        if name not in known:
            problems.append(Problem(where, f"unknown placeholder {{{name}}}; use SYSPRO "
                                    "fields such as " + ", ".join(
                                        f"{{{n}}}" for n in sorted(known - {'_id'})[:5])))
    return template.strip()


def preview(
    rows: Iterable[Mapping[str, Any]], entity: str, overrides: Mapping[str, Any] | None,
    provisioned: Mapping[str, Mapping[str, Any]], limit: int = 10,
) -> list[dict[str, Any]]:
    """The first `limit` rows as the push would write them with `overrides`: the item name
    and each column's text, through the push's own encoder. Nothing is written."""
    mapping = build_mapping(entity, overrides)
    columns = {c.key: {"id": provisioned.get(c.key, {}).get("id") or c.key,
                       "type": provisioned.get(c.key, {}).get("type") or c.type}
               for c in mapping.columns}
    items: list[dict[str, Any]] = []
    for row in rows:
        if len(items) >= limit:
            break
        key = str(row.get("_id", ""))
        if ROW_ERRORS in row:
            items.append({"syspro_key": key, "name": key, "cells": [],
                          "error": "; ".join(row[ROW_ERRORS])})
            continue
        record = map_record(row, mapping)
        cells, error = _cells(mapping.columns, record.values, columns)
        items.append({"syspro_key": key, "name": record.name, "cells": cells,
                      **({"error": error} if error else {})})
    return items


def _cells(specs: Iterable[Any], values: Mapping[str, Any],
           columns: Mapping[str, Mapping[str, Any]]) -> tuple[list[dict[str, Any]], str | None]:
    cells, error = [], None
    for spec in specs:
        column = columns[spec.key]
        try:
            encoded = json.loads(encode_values({spec.key: values.get(spec.key)}, {
                spec.key: dict(column)}))
            text = cell_text(encoded.get(column["id"]))
        except ColumnValueEncodingError as exc:
            text, error = None, f"{spec.title}: {exc.reason}"
        cells.append({"column_title": spec.title, "column_type": spec.type, "text": text})
    return cells, error


def cell_text(value: Any) -> str | None:
    """What monday would show for an encoded column value."""
    if value is None or isinstance(value, str | int | float):
        return None if value in (None, "") else str(value)
    if isinstance(value, Mapping):
        for key in ("label", "date", "text", "email", "url", "phone"):
            if value.get(key):
                extra = f" {value['time']}" if key == "date" and value.get("time") else ""
                return f"{value[key]}{extra}"
        if "labels" in value:
            return ", ".join(map(str, value["labels"])) or None
        if "checked" in value:
            return "checked"
    return json.dumps(value)
