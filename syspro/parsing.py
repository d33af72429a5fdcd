"""Parsing SYSPRO answers: Windows-1252 bytes, XML, numbers, dates, flags.

Rules from the contract sheet: responses are Windows-1252; numbers may be left-padded with spaces
or formatted (`38,400.000`) with a raw `Unedited_<Name>` sibling; `0000-00-00` means no date;
keys are opaque strings kept exactly; element names are compared case-insensitively. Every
failure here raises MalformedResponse, never anything else.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from syspro.errors import FieldError, MalformedResponse, SetupResult
from syspro.query import RowVersion

NO_DATES = frozenset({"0000-00-00", "0000-00-00T00:00:00", "00/00/0000"})


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    # Windows maps the five bytes cp1252 leaves undefined to the same-numbered code points.
    assert isinstance(error, UnicodeDecodeError)
    raw = error.object[error.start : error.end]
    return "".join(chr(b) for b in raw), error.end


codecs.register_error("syspro-cp1252", _cp1252_fallback)


def decode_body(raw: bytes) -> str:
    """Decode an e.net body (Windows-1252, as its XML declaration says) without ever failing."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    return raw.decode("cp1252", errors="syspro-cp1252")


_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.DOTALL)


def parse_xml(text: str) -> Element:
    """Parse an already-decoded XML text (the declaration's encoding is ignored)."""
    body = _XML_DECL_RE.sub("", text.lstrip("\ufeff"), count=1)
    try:
        return SafeET.fromstring(body)
    except (SafeET.ParseError, DefusedXmlException, ValueError) as exc:
        raise MalformedResponse(f"response is not well-formed XML: {exc}") from None


# --- Case-insensitive element access ---------------------------------------------------------


def local_name(element: Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def children(element: Element, name: str) -> list[Element]:
    wanted = name.lower()
    return [child for child in element if local_name(child) == wanted]


def child(element: Element, name: str) -> Element | None:
    wanted = name.lower()
    for item in element:
        if local_name(item) == wanted:
            return item
    return None


def child_text(element: Element, name: str) -> str | None:
    found = child(element, name)
    return None if found is None else (found.text or "")


def descendants(element: Element, name: str) -> Iterator[Element]:
    wanted = name.lower()
    return (item for item in element.iter() if local_name(item) == wanted)


# --- Values ----------------------------------------------------------------------------------


def parse_decimal(
    text: str | None, *, decimal_separator: str = ".", thousands_separator: str = ","
) -> Decimal | None:
    """`  1,234.50` -> Decimal('1234.50'); blank -> None. Trailing minus (`12.00-`) accepted."""
    if text is None:
        return None
    value = text.strip()
    if not value:
        return None
    if thousands_separator:
        value = value.replace(thousands_separator, "")
    if decimal_separator != ".":
        value = value.replace(decimal_separator, ".")
    value = value.replace(" ", "")
    if value.endswith("-") and not value.startswith("-"):
        value = "-" + value[:-1]
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise MalformedResponse(f"not a number: {text[:40]!r}") from None
    if not number.is_finite():
        raise MalformedResponse(f"not a finite number: {text[:40]!r}")
    return number


def parse_int(text: str | None, **separators: str) -> int | None:
    number = parse_decimal(text, **separators)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise MalformedResponse(f"not a whole number: {text!r}"[:80])
    if abs(number) > 10**18:
        raise MalformedResponse("whole number out of range")
    return int(number)


def parse_rowversion(raw: str | int | Decimal) -> RowVersion:
    """A rowversion however the server wrote it: `0x…` hex, base64 of eight bytes (OData
    Edm.Binary), or a plain number [U]."""
    if isinstance(raw, int | Decimal):
        return RowVersion(int(raw))
    text = raw.strip()
    try:
        if text.lower().startswith("0x"):
            return RowVersion(int(text, 16))
        if text.isdigit():
            return RowVersion(int(text))
        decoded = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
    except (ValueError, binascii.Error):
        raise MalformedResponse(f"not a rowversion: {text[:40]!r}") from None
    if not 1 <= len(decoded) <= 8:
        raise MalformedResponse(f"not a rowversion: {text[:40]!r}")
    return RowVersion(int.from_bytes(decoded, "big"))


def format_rowversion(value: int, style: str) -> str:
    """A rowversion as a literal: `binary` (OData base64), `hex` (0x…) or `decimal`."""
    if style == "binary":
        return "binary'" + base64.b64encode(int(value).to_bytes(8, "big")).decode() + "'"
    if style == "hex":
        return f"0x{int(value):016X}"
    return str(int(value))


def parse_date(text: str | None) -> date | None:
    """`2024-01-31`, `2024-01-31T00:00:00[Z|+hh:mm]` -> date; blank or 0000-00-00 -> None."""
    if text is None:
        return None
    value = text.strip()
    if not value or value in NO_DATES or value.startswith("0000-00-00"):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        raise MalformedResponse(f"not a date: {text[:40]!r}") from None


def parse_flag(text: str | None) -> bool | None:
    if text is None:
        return None
    value = text.strip().upper()
    if value == "":
        return None
    if value in ("Y", "TRUE", "1"):
        return True
    if value in ("N", "FALSE", "0"):
        return False
    raise MalformedResponse(f"not a Y/N flag: {text[:20]!r}")


def parse_value(kind: str, raw: Any, *, decimal_separator: str = ".",
                thousands_separator: str = ",") -> Any:
    """Convert one raw column value (XML text or JSON value) to its Python type.

    Strings (keys included) are returned exactly as sent: no stripping, no int-casting.
    """
    if raw is None:
        return None
    if kind == "str":
        if isinstance(raw, str):
            return raw
        if isinstance(raw, bool) or not isinstance(raw, (int, float, Decimal)):
            raise MalformedResponse(f"expected text, got {type(raw).__name__}")
        return str(raw)
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float, Decimal)):
        raise MalformedResponse(f"expected a {kind} value, got {type(raw).__name__}")
    if kind in ("decimal", "int") and isinstance(raw, (int, float, Decimal)):
        raw = format(Decimal(str(raw)) if isinstance(raw, float) else raw, "f")
    text = raw if isinstance(raw, str) else str(raw)
    if kind == "decimal":
        return parse_decimal(text, decimal_separator=decimal_separator,
                             thousands_separator=thousands_separator)
    if kind == "int":
        return parse_int(text, decimal_separator=decimal_separator,
                         thousands_separator=thousands_separator)
    if kind == "date":
        return parse_date(text)
    if kind == "flag":
        return parse_flag(text)
    if kind == "rowversion":
        return parse_rowversion(raw if not isinstance(raw, float) else text) if text.strip() \
            else None
    raise ValueError(f"unknown field type {kind!r}")


# --- Whole documents -------------------------------------------------------------------------


def parse_profile(root: Element) -> dict[str, str]:
    """GetLogonProfile `<UserInfo>` as {element name: text} (original case kept)."""
    if local_name(root) != "userinfo":
        raise MalformedResponse(f"expected <UserInfo>, got <{root.tag}>"[:120])
    return {item.tag.rsplit("}", 1)[-1]: (item.text or "").strip() for item in root}


def parse_setup_result(root: Element, *, validate_only: bool = False) -> SetupResult:
    """StatusOfItems plus every per-field ErrorDescription anywhere in a Setup answer."""
    status = next(descendants(root, "StatusOfItems"), None)
    read = invalid = 0
    if status is not None:
        read = parse_int(child_text(status, "RecordsRead")) or 0
        invalid = parse_int(child_text(status, "RecordsInvalid")) or 0
    errors: list[FieldError] = []
    parents = {c: p for p in root.iter() for c in p}
    for description in descendants(root, "ErrorDescription"):
        holder = parents.get(description, root)
        errors.append(
            FieldError(
                field=holder.tag.rsplit("}", 1)[-1] if holder is not root else "",
                value=(child_text(holder, "Value") or "").strip(),
                number=(child_text(holder, "ErrorNumber") or "").strip(),
                description=(description.text or "").strip(),
            )
        )
    warnings = [(w.text or "").strip() for w in descendants(root, "WarningDescription")]
    keys = [
        {local_name(k): (k.text or "") for k in key}
        for item in descendants(root, "Item")
        for key in children(item, "Key")
    ]
    if status is None and not errors:
        raise MalformedResponse("Setup answer has neither StatusOfItems nor ErrorDescription")
    return SetupResult(
        records_read=read,
        records_invalid=invalid,
        keys=keys,
        errors=errors,
        warnings=warnings,
        validate_only=validate_only,
    )
