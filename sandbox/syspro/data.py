"""The sandbox's in-memory tables: loaded from a JSON folder or the seed, kept in key order.

Each table is a list of rows (dicts of Python values) sorted by its key, with a parallel list of
first-key values so a query that starts after a key can bisect instead of scanning.
"""

from __future__ import annotations

import bisect
import itertools
import json
import threading
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sandbox.syspro.schema import ROWVERSION, TABLES, TableDef

Row = dict[str, Any]


def to_python(kind: str, value: Any) -> Any:
    """A JSON value -> the sandbox's value for a column type."""
    if value is None:
        return None
    if kind == "str":
        return str(value)
    if kind == "date":
        text = str(value)
        return None if not text or text.startswith("0000-00-00") else date.fromisoformat(text[:10])
    if kind in ("int", "rowversion"):
        return int(str(value).strip(), 0) if kind == "rowversion" else int(str(value).strip())
    return Decimal(str(value).strip().replace(",", ""))


def to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def dump_rows(rows: Iterable[Row]) -> str:
    return json.dumps([{k: to_json(v) for k, v in row.items()} for row in rows],
                      ensure_ascii=False, indent=0)


class Table:
    def __init__(
        self, definition: TableDef, rows: Iterable[Row], stamp: Callable[[Row], None]
    ) -> None:
        self.definition = definition
        self.rows: list[Row] = []
        self.first_keys: list[Any] = []
        self.stamp = stamp
        for row in rows:
            if row.get(ROWVERSION) is None:
                stamp(row)
            self.rows.append(row)
        self._sort()

    def key_of(self, row: Row) -> tuple[Any, ...]:
        return tuple("" if row.get(k) is None else row.get(k) for k in self.definition.keys)

    def _sort(self) -> None:
        self.rows.sort(key=self.key_of)
        self.first_keys = [self.key_of(r)[0] for r in self.rows]

    def find(self, key: tuple[Any, ...]) -> Row | None:
        start = bisect.bisect_left(self.first_keys, key[0])
        for index in range(start, len(self.rows)):
            row = self.rows[index]
            if self.first_keys[index] != key[0]:
                return None
            if self.key_of(row) == key:
                return row
        return None

    def insert(self, row: Row) -> Row:
        full = {c: row.get(c) for c in self.definition.columns} | row
        self.stamp(full)
        self.rows.append(full)
        self._sort()  # Timsort on an almost sorted list: cheap enough for a sandbox
        return full

    def rows_with_first_key(self, value: Any) -> list[Row]:
        try:
            start = bisect.bisect_left(self.first_keys, value)
            end = bisect.bisect_right(self.first_keys, value, lo=start)
        except TypeError:
            return []
        return self.rows[start:end]

    def start_index(self, first_key_at_least: Any) -> int:
        try:
            return bisect.bisect_left(self.first_keys, first_key_at_least)
        except TypeError:
            return 0


_STORE_TOKENS = itertools.count(1)


class DataStore:
    """All tables plus a version number that changes with every write (for query caches).

    `rowversion` is SQL Server's database-wide counter: every insert or update of a row takes
    the next value into the row's TimeStamp column (call `stamp` after changing a row)."""

    def __init__(self, tables: dict[str, list[Row]]) -> None:
        self.lock = threading.RLock()
        # Query caches are shared by every sandbox of a process: this store's own name in them.
        self.token = next(_STORE_TOKENS)
        self.version = 0
        self.rowversion = max(
            (int(r.get(ROWVERSION) or 0) for rows in tables.values() for r in rows), default=0
        )
        self.tables: dict[str, Table] = {}
        for name, definition in TABLES.items():
            self.tables[name.lower()] = Table(definition, tables.get(name, []), self.stamp)
        for name, rows in tables.items():
            if name.lower() not in self.tables:  # an extra table in a JSON folder: all text
                columns = {c: "str" for c in (rows[0] if rows else {})}
                keys = tuple(list(columns)[:1])
                self.tables[name.lower()] = Table(
                    TableDef(name, keys, columns), rows, self.stamp
                )

    def stamp(self, row: Row) -> None:
        """The row was written: it takes the next rowversion."""
        self.rowversion += 1
        row[ROWVERSION] = self.rowversion

    def table(self, name: str) -> Table | None:
        return self.tables.get(name.lower())

    def touch(self) -> None:
        self.version += 1

    @classmethod
    def from_folder(cls, folder: Path) -> DataStore:
        """Load `<Table>.json` files: a JSON array of rows keyed by SYSPRO column names."""
        loaded: dict[str, list[Row]] = {}
        for path in sorted(folder.glob("*.json")):
            if path.name.startswith("_"):
                continue
            name = path.stem
            definition = next((t for t in TABLES.values() if t.name.lower() == name.lower()), None)
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, list):
                raise ValueError(f"{path.name}: expected a JSON array of rows")
            types = definition.columns if definition else {}
            canonical = definition.name if definition else name
            loaded[canonical] = [
                {k: to_python(types.get(k, "str"), v) for k, v in row.items()} for row in raw
            ]
        return cls(loaded)
