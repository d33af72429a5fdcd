"""The reader interface and the entity logic shared by the OData and COMFND readers.

A TableSource knows one protocol (OData, COMFND) and streams raw rows of one table. The
EntityReader turns an entity's needs into table scans: the date window, open items, payments
followed back to their invoices, one-to-one side tables joined by key batches. Everything is a
generator and works a page or a key batch at a time, so memory stays flat whatever the row count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from itertools import islice
from typing import Any, Protocol

from syspro.entities import (
    CATALOGUE,
    ROWVERSION,
    ChangeSource,
    Entity,
    Field,
    PeriodField,
    build_catalogue,
)
from syspro.errors import MalformedResponse, ServerErrorText, TransportError
from syspro.parsing import parse_value
from syspro.query import Cmp, Condition, RowVersion, all_of, any_of, key_equals, matches
from syspro.settings import DEFAULT_GRN_KEY_COLUMNS, ConnectionSettings

Row = dict[str, Any]


def _join_key(row: Row, columns: Sequence[str]) -> tuple[Any, ...] | None:
    """The row's key into a side table; None when a part of it is NULL: NULL equals no
    side row's key, so such a key is never asked for."""
    key = tuple(value for c in columns if (value := row.get(c)) is not None)
    return key if len(key) == len(columns) else None


# A row key naming the values that did not parse (the row is failed alone, by its key).
ROW_ERRORS = "_errors"


class TableSource(Protocol):
    """Streams rows of one table as {column: raw value} (XML text or JSON value)."""

    def can_filter(self, where: Condition | None) -> bool:
        """False when the server cannot apply `where`: the rows are then filtered here."""
        ...

    def scan(
        self,
        table: str,
        columns: Sequence[str],
        where: Condition | None,
        order_by: Sequence[str],
    ) -> Iterator[Mapping[str, Any]]: ...


class ChangeMarks:
    """Rowversion marks per table: where this read starts, and the highest value it saw.

    `start[table]` None means the table was never read: the entity's own table is then read
    whole, and a followed table only gives its highest rowversion (the whole read already
    shows its effect); a table with no rows takes the highest value this read saw."""

    def __init__(self, start: Mapping[str, int | None] | None = None) -> None:
        self.start: dict[str, int | None] = dict(start or {})
        self.seen: dict[str, int] = {}

    def see(self, table: str, value: int | None) -> None:
        if value is not None and value > self.seen.get(table, -1):
            self.seen[table] = int(value)

    def highest(self) -> int | None:
        values = [v for v in (*self.start.values(), *self.seen.values()) if v is not None]
        return max(values) if values else None

    def result(self, tables: Iterable[str]) -> dict[str, int | None]:
        """The marks after a complete read, for every table read or followed."""
        marks: dict[str, int | None] = {}
        for table in tables:
            known = [v for v in (self.start.get(table), self.seen.get(table)) if v is not None]
            marks[table] = max(known) if known else self.highest()
        return marks


def _as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def period_window(period: PeriodField, since: date | None, until: date | None) -> Condition | None:
    lower = upper = None
    if since:
        lower = any_of(
            Cmp(period.year, "gt", since.year),
            all_of(Cmp(period.year, "eq", since.year), Cmp(period.month, "ge", since.month)),
        )
    if until:
        upper = any_of(
            Cmp(period.year, "lt", until.year),
            all_of(Cmp(period.year, "eq", until.year), Cmp(period.month, "le", until.month)),
        )
    return all_of(lower, upper)


def date_window(
    fields: Sequence[str], periods: Sequence[PeriodField], since: date | None, until: date | None
) -> Condition | None:
    """Rows with any date field in the closed range [since, until] (either end optional)."""
    if since is None and until is None:
        return None
    branches: list[Condition | None] = [
        all_of(
            Cmp(f, "ge", since) if since else None,
            Cmp(f, "le", until) if until else None,
        )
        for f in fields
    ]
    branches += [period_window(p, since, until) for p in periods]
    return any_of(*branches)


class EntityReader:
    """`read(entity, since, until)` over any TableSource."""

    def __init__(
        self,
        source: TableSource,
        settings: ConnectionSettings,
        catalogue: Mapping[str, Entity] | None = None,
    ) -> None:
        self.source = source
        self.settings = settings
        # The site's own answers to uncertain facts (GRN key columns) shape the catalogue.
        self.catalogue = catalogue or (
            CATALOGUE if settings.grn_key_columns == DEFAULT_GRN_KEY_COLUMNS
            else build_catalogue(settings)
        )

    def entity(self, name: str) -> Entity:
        try:
            return self.catalogue[name]
        except KeyError:
            raise ValueError(f"unknown entity {name!r}") from None

    # --- public ----------------------------------------------------------------------------

    def read(
        self,
        entity: str,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        *,
        follow_changes: bool = True,
    ) -> Iterator[Row]:
        """Rows whose dates fall in [since, until], then rows changed by payments in that range.

        Reference entities (`full_reread`) ignore the window: their edits carry no date.
        A row may come out twice (a payment on an invoice also in the window is skipped, but
        payments on the same invoice in different key batches are not); consumers hash rows.
        """
        spec = self.entity(entity)
        start, end = _as_date(since), _as_date(until)
        if spec.full_reread or (start is None and end is None):
            yield from self._scan(spec, None)
            return
        window = date_window(spec.date_fields, spec.period_fields, start, end)
        yield from self._scan(spec, window)
        if follow_changes and spec.payments is not None:
            yield from self._paid(spec, start, end, window)

    def read_changes(self, entity: str, marks: ChangeMarks) -> Iterator[Row]:
        """Rows whose own rowversion, or a followed table's (payments, lines, addresses,
        balances), rose past the marks; `marks` learns the highest values seen."""
        spec = self.entity(entity)
        start = marks.start.get(spec.table)
        where = Cmp(ROWVERSION, "gt", RowVersion(start)) if start is not None else None
        for row in self._scan(spec, where, rowversion=True):
            marks.see(spec.table, row.get(ROWVERSION))
            yield row
        for source in spec.change_sources:
            if start is None:
                # A whole read already shows the followed tables' effect: only learn their
                # marks, from the rows written after the entity's newest one.
                self._learn_mark(source, marks.seen.get(spec.table, 0), marks)
                continue
            since = marks.start.get(source.table, start)
            yield from self._followed(spec, source, since if since is not None else start, marks)

    def _learn_mark(self, source: ChangeSource, since: int, marks: ChangeMarks) -> None:
        fields = [Field(c) for c in source.key_columns] + [Field(ROWVERSION, "rowversion")]
        where = Cmp(ROWVERSION, "gt", RowVersion(since))
        for row in self._typed_scan(source.table, fields, where, source.key_columns):
            marks.see(source.table, row.get(ROWVERSION))

    def _followed(
        self, spec: Entity, source: ChangeSource, since: int, marks: ChangeMarks
    ) -> Iterator[Row]:
        fields = [Field(c) for c in source.key_columns] + [Field(ROWVERSION, "rowversion")]
        where = Cmp(ROWVERSION, "gt", RowVersion(since))
        rows = self._typed_scan(source.table, fields, where, source.key_columns)

        def keys() -> Iterator[tuple[Any, ...]]:
            for row in rows:
                marks.see(source.table, row.get(ROWVERSION))
                key = tuple(row[c] for c in source.key_columns)
                if all(part not in (None, "") for part in key):
                    yield key

        for batch in _chunks(_dedupe_adjacent(keys()), self.settings.key_batch_size):
            yield from self.read_keys(spec.name, dict.fromkeys(batch))

    def probe_rowversion(self, entity: str) -> str | None:
        """None when this server filters on the rowversion; else why not, in words."""
        spec = self.entity(entity)
        fields = [Field(c) for c in spec.keys] + [Field(ROWVERSION, "rowversion")]
        where = Cmp(ROWVERSION, "gt", RowVersion(0))
        if not self.source.can_filter(where):
            return "this connection's COMFND paging cannot filter on ranges"
        try:
            for row in self._typed_scan(spec.table, fields, where, spec.keys):
                if row.get(ROWVERSION) is None:
                    return f"{spec.table}.{ROWVERSION} is not returned (operator restriction?)"
                return None
        except TransportError as exc:
            if getattr(exc, "status", None) in (400, 501):
                return f"the server refused a {ROWVERSION} filter: {exc}"
            raise
        except (ServerErrorText, MalformedResponse) as exc:
            return f"the server refused a {ROWVERSION} filter: {exc}"
        return None  # an empty table: nothing says it does not work

    def read_open(self, entity: str) -> Iterator[Row]:
        """Open items (non-zero balance, unfinished order): re-read each poll to see changes."""
        spec = self.entity(entity)
        if spec.open_filter is None:
            return iter(())
        return self._scan(spec, spec.open_filter)

    def read_keys(self, entity: str, keys: Iterable[Sequence[str]]) -> Iterator[Row]:
        """Rows by key (opaque strings, exactly as SYSPRO stores them), in key batches."""
        spec = self.entity(entity)
        for batch in _chunks(keys, self.settings.key_batch_size):
            where = any_of(*(key_equals(spec.keys, tuple(k)) for k in batch))
            yield from self._scan(spec, where)

    # --- internals -------------------------------------------------------------------------

    def _type_row(self, fields: Sequence[Field], raw: Mapping[str, Any]) -> Row:
        """Typed values; a value that does not parse is left None and named in `_errors`, so
        one bad row fails alone instead of stopping the read."""
        s = self.settings
        row: Row = {}
        for f in fields:
            try:
                row[f.name] = parse_value(
                    f.type, raw.get(f.name), decimal_separator=s.decimal_separator,
                    thousands_separator=s.thousands_separator,
                )
            except MalformedResponse as exc:
                row[f.name] = None
                shown = repr(raw.get(f.name))
                shown = shown if len(shown) <= 60 else shown[:57] + "..."
                row.setdefault(ROW_ERRORS, []).append(
                    f"field {f.name} = {shown}: {exc.message}"
                )
        return row

    def _typed_scan(self, table: str, fields: Sequence[Field], where: Condition | None,
                    order_by: Sequence[str]) -> Iterator[Row]:
        server_side = self.source.can_filter(where)
        columns = [f.name for f in fields]
        for raw in self.source.scan(table, columns, where if server_side else None, order_by):
            row = self._type_row(fields, raw)
            if server_side or matches(where, row):
                yield row

    def _scan(
        self, spec: Entity, where: Condition | None, *, rowversion: bool = False
    ) -> Iterator[Row]:
        fields = (*spec.fields, Field(ROWVERSION, "rowversion")) if rowversion else spec.fields
        rows = self._typed_scan(spec.table, fields, where, spec.keys)
        for chunk in _chunks(rows, self.settings.key_batch_size):
            for join in spec.joins:
                self._join(join, chunk)
            for row in chunk:
                if spec.derive and ROW_ERRORS not in row:
                    spec.derive(row, self.settings)
                row["_id"] = spec.transaction_id(row)
                yield row

    def _join(self, join: Any, chunk: list[Row]) -> None:
        keys = {key for row in chunk if (key := _join_key(row, join.on)) is not None}
        found: dict[tuple[Any, ...], Row] = {}
        if keys:
            where = any_of(*(key_equals(join.on, k) for k in sorted(keys, key=str)))
            fields = [Field(c) for c in join.on] + list(join.fields)
            for side in self._typed_scan(join.table, fields, where, join.on):
                found[tuple(side[c] for c in join.on)] = side
        for row in chunk:
            side = found.get(tuple(row.get(c) for c in join.on), {})
            for f in join.fields:
                row[f.name] = side.get(f.name)
            if ROW_ERRORS in side:
                row.setdefault(ROW_ERRORS, []).extend(
                    f"{join.table} {message}" for message in side[ROW_ERRORS]
                )

    def _paid(
        self, spec: Entity, start: date | None, end: date | None, window: Condition | None
    ) -> Iterator[Row]:
        payments = spec.payments
        assert payments is not None
        where = date_window((payments.date_field,), (), start, end)
        fields = [Field(c) for c in payments.key_columns] + [Field(payments.date_field, "date")]
        # Ordered by the invoice key, so a keyset page boundary inside one invoice's payments
        # can only skip payments of an invoice already seen.
        rows = self._typed_scan(payments.table, fields, where, payments.key_columns)
        keys = (tuple(r[c] for c in payments.key_columns) for r in rows)
        # Invoices also in the window come out twice: the hashes make that harmless, and a
        # row read again here is the fresher one.
        for batch in _chunks(_dedupe_adjacent(keys), self.settings.key_batch_size):
            yield from self.read_keys(spec.name, dict.fromkeys(batch))


def _dedupe_adjacent(items: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    previous = None
    for item in items:
        if item != previous:
            yield item
        previous = item
