"""Column value encoders (Python value -> what monday stores) and decoders (read back -> Python).

monday takes ``column_values`` as a JSON *string* keyed by column id (FACTS §5). Each encoder
returns the JSON-able value for one column; :func:`encode_column_values` serialises the whole
mapping once. ``None`` clears a column for every type. A value that cannot be written raises
:class:`ColumnValueEncodingError` naming the column and the value, before anything is sent.

Dates are UTC: a ``date`` is written as that calendar day with no timezone arithmetic at all
(so an invoice dated the 31st never becomes the 30th); an aware ``datetime`` is converted to
UTC; a naive ``datetime`` is taken to already be UTC.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from monday_api.errors import ColumnValueEncodingError

LONG_TEXT_MAX = 2000
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9]{4,20}$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")

Encoder = Callable[[str, Any], Any]


def _fail(column_id: str, column_type: str, value: Any, reason: str) -> ColumnValueEncodingError:
    return ColumnValueEncodingError(column_id, column_type, value, reason)


def encode_text(column_id: str, value: Any) -> Any:
    if isinstance(value, bool | dict | list):
        raise _fail(column_id, "text", value, "expected a string or number")
    text = str(value)
    if "\n" in text:
        raise _fail(column_id, "text", value, "text columns hold one line; use long_text")
    return text


def encode_long_text(column_id: str, value: Any) -> Any:
    if isinstance(value, bool | dict | list):
        raise _fail(column_id, "long_text", value, "expected a string")
    text = str(value)
    if len(text) > LONG_TEXT_MAX:
        raise _fail(column_id, "long_text", value, f"longer than {LONG_TEXT_MAX} characters")
    return {"text": text}


def encode_numbers(column_id: str, value: Any) -> Any:
    if isinstance(value, bool):
        raise _fail(column_id, "numbers", value, "a boolean is not a number")
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise _fail(column_id, "numbers", value, "not a number") from None
    if not number.is_finite():
        raise _fail(column_id, "numbers", value, "not a finite number")
    # monday wants the number as a string; keep every digit SYSPRO gave us (no float rounding).
    text = format(number, "f")
    return text


def encode_date(column_id: str, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo is None else value.astimezone(dt.UTC)
        return {"date": moment.date().isoformat(), "time": moment.strftime("%H:%M:%S")}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return {"date": dt.date.fromisoformat(text).isoformat()}
            return encode_date(column_id, dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            pass
    raise _fail(column_id, "date", value, "expected a date, a datetime or an ISO 8601 string")


def encode_status(column_id: str, value: Any) -> Any:
    if isinstance(value, bool):
        raise _fail(column_id, "status", value, "expected a label or an index")
    if isinstance(value, int):
        if not 0 <= value <= 160:
            raise _fail(column_id, "status", value, "status index out of range")
        return {"index": value}
    if isinstance(value, str) and value.strip():
        return {"label": value}
    raise _fail(column_id, "status", value, "expected a non-empty label or an index")


def encode_link(column_id: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        url, text = value.get("url"), value.get("text") or value.get("url_text")
    elif isinstance(value, tuple | list) and len(value) == 2:
        url, text = value
    else:
        url, text = value, None
    if not isinstance(url, str) or not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", url, re.I):
        raise _fail(column_id, "link", value, "expected an absolute URL")
    return {"url": url, "text": str(text) if text else url}


def encode_email(column_id: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        email, text = value.get("email"), value.get("text") or value.get("label")
    else:
        email, text = value, None
    if not isinstance(email, str) or not EMAIL_PATTERN.match(email.strip()):
        raise _fail(column_id, "email", value, "not an email address")
    email = email.strip()
    return {"email": email, "text": str(text) if text else email}


def encode_phone(column_id: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        phone, country = value.get("phone"), value.get("country") or value.get("countryShortName")
    elif isinstance(value, tuple | list) and len(value) == 2:
        phone, country = value
    else:
        phone, country = value, None
    digits = re.sub(r"[\s().-]", "", str(phone or ""))
    if not PHONE_PATTERN.match(digits):
        raise _fail(column_id, "phone", value, "not a phone number")
    encoded: dict[str, Any] = {"phone": digits}
    if country:
        if not COUNTRY_PATTERN.match(str(country)):
            raise _fail(column_id, "phone", value, "country must be a 2-letter ISO code")
        encoded["countryShortName"] = str(country)
    return encoded


def encode_dropdown(column_id: str, value: Any) -> Any:
    values = [value] if isinstance(value, str | int) else value
    if not isinstance(values, Iterable) or isinstance(values, Mapping):
        raise _fail(column_id, "dropdown", value, "expected labels or ids")
    values = list(values)
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return {"ids": values}
    if all(isinstance(v, str) and v for v in values):
        return {"labels": values}
    raise _fail(column_id, "dropdown", value, "expected all labels (str) or all ids (int)")


def encode_board_relation(column_id: str, value: Any) -> Any:
    values = [value] if isinstance(value, str | int) else value
    try:
        ids = [int(v) for v in values]
    except (TypeError, ValueError):
        raise _fail(column_id, "board_relation", value, "expected item ids") from None
    return {"item_ids": ids}


def encode_checkbox(column_id: str, value: Any) -> Any:
    if not isinstance(value, bool):
        raise _fail(column_id, "checkbox", value, "expected True or False")
    # monday clears a checkbox with null; "false" is not documented as a write value.
    return {"checked": "true"} if value else None


ENCODERS: dict[str, Encoder] = {
    "text": encode_text,
    "long_text": encode_long_text,
    "numbers": encode_numbers,
    "date": encode_date,
    "status": encode_status,
    "link": encode_link,
    "email": encode_email,
    "phone": encode_phone,
    "dropdown": encode_dropdown,
    "board_relation": encode_board_relation,
    "checkbox": encode_checkbox,
}


def encode_column_value(column_type: str, column_id: str, value: Any) -> Any:
    """The JSON-able value for one column; ``None`` clears it."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    encoder = ENCODERS.get(column_type)
    if encoder is None:
        raise _fail(column_id, column_type, value, "column type not supported by the connector")
    return encoder(column_id, value)


def encode_column_values(values: Mapping[str, tuple[str, Any]]) -> str:
    """``{column_id: (column_type, value)}`` -> the JSON string monday's ``column_values`` takes."""
    encoded = {cid: encode_column_value(ctype, cid, v) for cid, (ctype, v) in values.items()}
    return json.dumps(encoded, ensure_ascii=False, separators=(",", ":"))


# -- decoders ----------------------------------------------------------------------------


def _raw(column_value: Mapping[str, Any]) -> Any:
    raw = column_value.get("value")
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def decode_column_value(column_value: Mapping[str, Any]) -> Any:
    """A read-back ``ColumnValue`` (with typed fragment fields) -> a Python value, or None."""
    ctype = column_value.get("type")
    raw = _raw(column_value)
    text = column_value.get("text")
    if ctype == "board_relation":
        # `value` is null for board relations since 2025-04: read the typed field.
        ids = column_value.get("linked_item_ids") or (raw or {}).get("linkedPulseIds") or []
        return [int(i["linkedPulseId"]) if isinstance(i, Mapping) else int(i) for i in ids]
    if ctype == "checkbox":
        checked = column_value.get("checked")
        if checked is None and isinstance(raw, Mapping):
            checked = str(raw.get("checked")).lower() == "true"
        return bool(checked)  # an empty checkbox is unchecked
    if raw is None:
        return None
    if ctype == "text":
        return raw if isinstance(raw, str) else text
    if ctype == "long_text":
        return raw.get("text") if isinstance(raw, Mapping) else text
    if ctype == "numbers":
        number = raw if not isinstance(raw, Mapping) else raw.get("number")
        return Decimal(str(number)) if number not in (None, "") else None
    if ctype == "date":
        day = column_value.get("date") or raw.get("date")
        time = column_value.get("time") or raw.get("time")
        if not day:
            return None
        if time:
            moment = dt.datetime.fromisoformat(f"{day}T{time}")
            return moment.replace(tzinfo=dt.UTC)
        return dt.date.fromisoformat(day)
    if ctype == "status":
        return column_value.get("label") or text
    if ctype == "link":
        return {"url": raw.get("url"), "text": raw.get("text")}
    if ctype == "email":
        return {"email": raw.get("email"), "text": raw.get("text")}
    if ctype == "phone":
        return {"phone": raw.get("phone"), "country": raw.get("countryShortName")}
    if ctype == "dropdown":
        values = column_value.get("values")
        if values is not None:
            return [v["label"] for v in values]
        return [s.strip() for s in (text or "").split(",") if s.strip()]
    return raw
