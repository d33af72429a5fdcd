"""COMFND table reader over e.net `/Query/Query`, for sites without OData.

Paging ("keyset", the default) orders by the key and asks for rows after the last key seen, so
each page is a fresh, bounded query. Range conditions other than EQ are not confirmed for COMFND,
so their codes are settings, and "single" mode sends one unfiltered query capped at a row count
and filters here. Either way the answer is parsed as a stream, one row at a time.
"""

from __future__ import annotations

import codecs
import re
import xml.parsers.expat
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

import requests

from syspro.enet import EnetClient
from syspro.errors import MalformedResponse, SysproTimeout, TransportError, classify_error_text
from syspro.parsing import decode_body, format_rowversion
from syspro.query import And, Cmp, Condition, RowVersion, Value, after_key, all_of
from syspro.readers.base import EntityReader
from syspro.settings import ConnectionSettings

CHUNK_BYTES = 64 * 1024
_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.DOTALL)
# Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates).
# SYSPRO writes them raw when a user typed one into a text field (a vertical tab pasted into a
# supplier name); strict expat would then fail every poll of the board.
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def xml_safe(text: str) -> str:
    """`text` with each character XML 1.0 forbids replaced by U+FFFD, the rest untouched.

    U+FFFD rather than dropping the character: the value stays the same length and the board
    shows that something unprintable was there, so the person can fix it in SYSPRO.
    """
    return _NOT_XML_CHARS.sub(REPLACEMENT, text)


def format_value(value: Value, date_format: str, rowversion_style: str = "hex") -> str:
    if isinstance(value, RowVersion):
        return format_rowversion(value, rowversion_style)
    if isinstance(value, date):
        return value.strftime(date_format)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _flatten(condition: Condition, codes: Mapping[str, str]) -> list[dict[str, Any]]:
    if isinstance(condition, Cmp):
        return [{"open": 1, "andor": None, "column": condition.column,
                 "condition": codes[condition.op], "value": condition.value, "close": 1}]
    joiner = "And" if isinstance(condition, And) else "Or"
    leaves: list[dict[str, Any]] = []
    for index, item in enumerate(condition.items):
        part = _flatten(item, codes)
        if index:
            part[0]["andor"] = joiner
        leaves.extend(part)
    leaves[0]["open"] += 1
    leaves[-1]["close"] += 1
    return leaves


def build_query_xml(
    table: str,
    columns: Sequence[str],
    where: Condition | None,
    order_by: Sequence[str],
    return_rows: int,
    *,
    conditions: Mapping[str, str],
    date_format: str,
    rowversion_style: str = "hex",
) -> str:
    """The COMFND XmlIn document for one page."""
    parts = [f"<Query><TableName>{escape(table)}</TableName>",
             f"<ReturnRows>{int(return_rows)}</ReturnRows><Columns>"]
    parts += [f"<Column>{escape(c)}</Column>" for c in columns]
    parts.append("</Columns>")
    if where is not None:
        parts.append("<Where>")
        for leaf in _flatten(where, conditions):
            parts.append("<Expression>")
            parts.append(f"<OpenBracket>{'(' * leaf['open']}</OpenBracket>")
            if leaf["andor"]:
                parts.append(f"<AndOr>{leaf['andor']}</AndOr>")
            parts.append(f"<Column>{escape(leaf['column'])}</Column>")
            parts.append(f"<Condition>{escape(leaf['condition'])}</Condition>")
            value = format_value(leaf["value"], date_format, rowversion_style)
            parts.append(f"<Value>{escape(value)}</Value>")
            parts.append(f"<CloseBracket>{')' * leaf['close']}</CloseBracket>")
            parts.append("</Expression>")
        parts.append("</Where>")
    if order_by:
        parts.append("<OrderBy>" + "".join(f"<Column>{escape(c)}</Column>" for c in order_by))
        parts.append("</OrderBy>")
    parts.append("</Query>")
    return "".join(parts)


class _RowCollector:
    """Parser target building {lower-cased column: text} per `<Row>` without an element tree.

    Depth 1 is the table root, 2 a Row, 3 a column; a depth-4 `<Value>` is COMBRW's shape.
    `Unedited_<Name>` siblings win over formatted values.
    """

    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.last_row: dict[str, str] | None = None  # the last complete row, for errors
        self.depth = 0
        self.saw_root = False
        self._row: dict[str, str] | None = None
        self._unedited: dict[str, str] = {}
        self._column = ""
        self._text: list[str] = []
        self._inner_value: str | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 1:
            self.saw_root = True
        elif self.depth == 2:
            self._row = {} if tag.rsplit("}", 1)[-1].lower() == "row" else None
            self._unedited = {}
        elif self.depth == 3:
            self._column = tag.rsplit("}", 1)[-1].lower()
            self._text = []
            self._inner_value = None
        elif self.depth == 4:
            self._inner_text: list[str] = []

    def data(self, text: str) -> None:
        if self.depth == 3:
            self._text.append(text)
        elif self.depth == 4:
            self._inner_text.append(text)

    def end(self, tag: str) -> None:
        if self.depth == 4 and tag.rsplit("}", 1)[-1].lower() == "value":
            self._inner_value = "".join(self._inner_text)
        elif self.depth == 3 and self._row is not None:
            text = self._inner_value if self._inner_value is not None else "".join(self._text)
            if self._column.startswith("unedited_"):
                self._unedited[self._column[9:]] = text
            else:
                self._row[self._column] = text
        elif self.depth == 2 and self._row is not None:
            self._row.update(self._unedited)
            self.rows.append(self._row)
            self.last_row, self._row = self._row, None
        self.depth -= 1

    def close(self) -> None:
        return None


def _refuse_declarations(*_: object) -> None:
    raise MalformedResponse("XML with a DTD or entity declaration refused")


def _new_parser(collector: _RowCollector) -> xml.parsers.expat.XMLParserType:
    # Raw expat with the tree-building skipped; DTDs and entities refused as defusedxml does.
    parser = xml.parsers.expat.ParserCreate(encoding="utf-8")
    parser.buffer_text = True
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    parser.UnparsedEntityDeclHandler = _refuse_declarations
    parser.ExternalEntityRefHandler = _refuse_declarations  # type: ignore[assignment]
    return parser


def iter_xml_rows(
    first: bytes, rest: Iterator[bytes], *, table: str = "", key_columns: Sequence[str] = ()
) -> Iterator[dict[str, str]]:
    """Stream `<Table><Row>…</Row>…</Table>` rows as {lower-cased column: text}.

    Characters XML forbids become U+FFFD before expat sees them (see xml_safe). An answer that
    is still malformed raises MalformedResponse naming the table and the last good row's key.
    """
    decoder = codecs.getincrementaldecoder("cp1252")(errors="syspro-cp1252")
    collector = _RowCollector()
    parser = _new_parser(collector)
    text = _DECL_RE.sub("", decoder.decode(first).lstrip("\ufeff"), count=1)
    chunks = iter(rest)
    final = False
    while True:
        try:
            parser.Parse(xml_safe(text).encode("utf-8"), final)
        except xml.parsers.expat.ExpatError as exc:
            raise _malformed(exc, table, key_columns, collector.last_row) from None
        if collector.rows:
            yield from collector.rows
            collector.rows = []
        if final:
            break
        try:
            text = decoder.decode(next(chunks))
        except StopIteration:
            text, final = decoder.decode(b"", final=True), True
        except requests.Timeout:
            raise SysproTimeout("SYSPRO stopped answering mid-response") from None
        except requests.RequestException as exc:
            raise TransportError(f"connection dropped mid-response: {type(exc).__name__}") from None
    if not collector.saw_root:
        raise MalformedResponse("COMFND answer is empty")


def _malformed(
    exc: xml.parsers.expat.ExpatError, table: str, key_columns: Sequence[str],
    last_row: Mapping[str, str] | None,
) -> MalformedResponse:
    """Say where: which table, after which record (the last row that parsed), and expat's
    reason; the row after that key is the one to look at in SYSPRO."""
    where = f"COMFND answer for {table}" if table else "COMFND answer"
    if last_row is None:
        after = "before its first row"
    elif key_columns:
        after = "after the row with " + ", ".join(
            f"{c}={last_row.get(c.lower())!r}" for c in key_columns)
    else:
        after = "after its last readable row"
    reason = xml.parsers.expat.ErrorString(exc.code)
    return MalformedResponse(
        f"{where} is not well-formed XML {after}: {reason} (line {exc.lineno}, column "
        f"{exc.offset})"
    )


class ComfndSource:
    def __init__(self, client: EnetClient, settings: ConnectionSettings) -> None:
        self.client = client
        self.settings = settings
        self.keyset = settings.comfnd_paging == "keyset"

    def can_filter(self, where: Condition | None) -> bool:
        # EQ is the one confirmed COMFND condition; range conditions only in keyset mode.
        return self.keyset or where is None or _only_equality(where)

    def _open(
        self, table: str, xml_in: str
    ) -> tuple[requests.Response, bytes, Iterator[bytes]]:
        """Send the query and read the head of the answer, enough to tell XML from errors."""

        def read_head(
            response: requests.Response,
        ) -> tuple[requests.Response, bytes, Iterator[bytes]]:
            # One iterator for the whole body: a second iter_content() would lose buffered data.
            chunks = response.iter_content(CHUNK_BYTES)
            first = b""
            for chunk in chunks:
                first += chunk
                if len(first.lstrip()) >= 256:
                    break
            stripped = first.lstrip().lstrip(codecs.BOM_UTF8)
            if not stripped.startswith(b"<"):
                body = decode_body(first + b"".join(chunks))
                error = classify_error_text(body, table=table)
                raise (error or MalformedResponse("COMFND answer is neither XML nor an error"))
            error = classify_error_text(decode_body(first), table=table)
            if error is not None and error.kind.value == "session_invalid":
                raise error
            return response, first, chunks

        return self.client.call(
            "/Query/Query",
            {"BusinessObject": "COMFND", "XmlIn": xml_in},
            read_head,
            permission_key=f"COMFND:{table}",
            table=table,
            stream=True,
        )

    def _page(self, table: str, columns: Sequence[str], where: Condition | None,
              order_by: Sequence[str], return_rows: int) -> Iterator[dict[str, str | None]]:
        xml_in = build_query_xml(
            table, columns, where, order_by, return_rows,
            conditions=self.settings.comfnd_conditions,
            date_format=self.settings.comfnd_date_format,
            rowversion_style=self.settings.rowversion_style("hex"),
        )
        response, first, rest = self._open(table, xml_in)
        try:
            for lowered in iter_xml_rows(first, rest, table=table, key_columns=order_by):
                # Restricted columns are silently left out by SYSPRO: they come back as None.
                yield {c: lowered.get(c.lower()) for c in columns}
        except (TransportError, MalformedResponse) as exc:
            raise exc.scrubbed(self.client.scrubber) from None
        finally:
            response.close()

    def scan(
        self,
        table: str,
        columns: Sequence[str],
        where: Condition | None,
        order_by: Sequence[str],
    ) -> Iterator[Mapping[str, Any]]:
        wanted = list(dict.fromkeys([*columns, *order_by]))
        if not self.keyset:
            where = where if where is not None and _only_equality(where) else None
            yield from self._page(table, wanted, where, order_by,
                                  self.settings.comfnd_single_max_rows)
            return
        page_size = self.settings.comfnd_page_size
        last: tuple[str, ...] | None = None
        while True:
            page_where = where if last is None else all_of(where, after_key(order_by, last))
            count = 0
            row: Mapping[str, Any] | None = None
            for row in self._page(table, wanted, page_where, order_by, page_size):
                count += 1
                yield row
            if count < page_size or row is None or not order_by:
                return
            last = tuple(row[c] or "" for c in order_by)


def _only_equality(where: Condition) -> bool:
    if isinstance(where, Cmp):
        return where.op == "eq"
    return all(_only_equality(item) for item in where.items)


class ComfndReader(EntityReader):
    def __init__(self, client: EnetClient, settings: ConnectionSettings | None = None) -> None:
        settings = settings or client.settings
        super().__init__(ComfndSource(client, settings), settings)
