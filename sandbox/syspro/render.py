"""How the sandbox writes values: e.net XML (Windows-1252, padded numbers) and OData JSON."""

from __future__ import annotations

import base64
import json
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

XML_DECLARATION = '<?xml version="1.0" encoding="Windows-1252"?>\n'
ROOT_ATTRS = (
    'Language="05" Language2="EN" CssStyle="" DecFormat="1" DateFormat="01" Role="01" '
    'Version="8.0.000" OperatorPrimaryRole=" "'
)


def encode(text: str) -> bytes:
    return text.encode("cp1252", errors="xmlcharrefreplace")


def xml_value(name: str, kind: str, value: Any) -> str:
    """One column as e.net writes it (numbers space-padded, money formatted + Unedited_)."""
    if kind == "date":
        text = value.isoformat() if isinstance(value, date) else "0000-00-00"
        return f"<{name}>{text}</{name}>"
    if kind == "rowversion":
        # binary(8), shown as SQL Server shows binary values.
        return f"<{name}>0x{int(value or 0):016X}</{name}>"
    if kind.startswith("dec") or kind == "int":
        number = Decimal(0) if value is None else Decimal(value)
        places = int(kind.split(":")[1]) if kind.startswith("dec") else 0
        if places == 0:
            return f"<{name}>{format(number, 'f').rjust(10)}</{name}>"
        formatted = f"{number:,.{places}f}".rjust(16)
        return (f"<{name}>{formatted}</{name}>"
                f"<Unedited_{name}>{number:.{places}f}</Unedited_{name}>")
    # Like real SYSPRO: control characters a user typed (a vertical tab in a name) are written
    # raw, not as references, although XML 1.0 forbids them; clients must cope.
    return f"<{name}>{escape('' if value is None else str(value))}</{name}>"


def json_value(kind: str, value: Any) -> str:
    if value is None:
        return "null"
    if kind == "date":
        return f'"{value.isoformat()}T00:00:00Z"'
    if kind == "rowversion":
        # Edm.Binary: base64 of the eight bytes.
        return f'"{base64.b64encode(int(value).to_bytes(8, "big")).decode()}"'
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def json_row(columns: list[tuple[str, str]], row: dict[str, Any]) -> str:
    return "{" + ",".join(
        f"{json.dumps(name)}:{json_value(kind, row.get(name))}" for name, kind in columns
    ) + "}"
