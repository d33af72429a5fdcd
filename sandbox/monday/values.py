"""Column value validation and rendering per column type, as monday does it (FACTS §5).

``store_value`` turns what a client wrote into what the board keeps, or raises monday's
``ColumnValueException``; ``render_value`` produces the ``ColumnValue`` fields read back.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sandbox.monday.errors import MondayResolverError

DEFAULT_STATUS_LABELS = {"0": "Working on it", "1": "Done", "2": "Stuck"}
DONE_INDEX = 1
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[0-9]{4,20}$")
# monday reports status columns as "color" in error_data (FACTS §3).
ERROR_COLUMN_TYPE = {"status": "color"}


def _invalid(column: dict[str, Any], message: str) -> MondayResolverError:
    return MondayResolverError(
        f"invalid value - {message}. Please check our API documentation for the correct data "
        "structure for this column.",
        "ColumnValueException",
        {"column_type": ERROR_COLUMN_TYPE.get(column["type"], column["type"]),
         "column_id": column["id"]},
    )


def status_labels(column: dict[str, Any]) -> dict[str, str]:
    return column["settings"].setdefault("labels", dict(DEFAULT_STATUS_LABELS))


def dropdown_labels(column: dict[str, Any]) -> list[dict[str, Any]]:
    return column["settings"].setdefault("labels", [])


def _store_status(column: dict[str, Any], value: Any, create_missing: bool) -> Any:
    labels = status_labels(column)
    if isinstance(value, str):
        value = {"index": int(value)} if value.isdigit() else {"label": value}
    if not isinstance(value, dict):
        raise _invalid(column, "status expects {\"label\": ...} or {\"index\": ...}")
    if "index" in value:
        if str(value["index"]) not in labels:
            raise _invalid(column, "index does not exist in column")
        return {"index": int(value["index"])}
    label = value.get("label")
    for index, existing in labels.items():
        if existing == label:
            return {"index": int(index)}
    if not create_missing or not isinstance(label, str) or not label:
        existing = ", ".join(f"{k}: {v}" for k, v in labels.items())
        raise _invalid(column, f"label does not exist in column (existing labels: {existing})")
    if len(labels) >= 40:
        raise _invalid(column, "a status column holds at most 40 labels")
    new_index = next(i for i in range(0, 200) if str(i) not in labels and i != 5)
    labels[str(new_index)] = label
    return {"index": new_index}


def _store_dropdown(column: dict[str, Any], value: Any, create_missing: bool) -> Any:
    labels = dropdown_labels(column)
    if isinstance(value, str):
        value = {"labels": [v.strip() for v in value.split(",") if v.strip()]}
    if not isinstance(value, dict):
        raise _invalid(column, "dropdown expects {\"labels\": [...]} or {\"ids\": [...]}")
    by_name = {entry["name"]: entry["id"] for entry in labels}
    ids: list[int] = []
    if "ids" in value:
        known = {entry["id"] for entry in labels}
        for raw in value["ids"]:
            if int(raw) not in known:
                raise _invalid(column, f"dropdown id {raw} does not exist")
            ids.append(int(raw))
    for name in value.get("labels") or ():
        if name not in by_name:
            if not create_missing:
                raise _invalid(column, f"dropdown label {name!r} does not exist")
            new_id = max((e["id"] for e in labels), default=0) + 1
            labels.append({"id": new_id, "name": name})
            by_name[name] = new_id
        ids.append(by_name[name])
    return {"ids": ids}


def _store_date(column: dict[str, Any], value: Any) -> Any:
    if isinstance(value, str):
        day, _, time = value.partition(" ")
        value = {"date": day, **({"time": time} if time else {})}
    if not isinstance(value, dict) or "date" not in value:
        raise _invalid(column, "date expects {\"date\": \"YYYY-MM-DD\"}")
    try:
        day = dt.date.fromisoformat(str(value["date"])).isoformat()
        stored: dict[str, Any] = {"date": day}
        if value.get("time"):
            stored["time"] = dt.time.fromisoformat(str(value["time"])).strftime("%H:%M:%S")
    except ValueError:
        raise _invalid(column, "date or time is not valid") from None
    return stored


def store_value(column: dict[str, Any], value: Any, *, create_missing: bool = False,
                item_exists: Any = None) -> Any:
    """Validate one written value; returns what is stored (None clears)."""
    if value is None or value == {} or value == "":
        return None
    ctype = column["type"]
    if ctype in ("text", "name"):
        if not isinstance(value, str | int | float):
            raise _invalid(column, "text expects a string")
        return str(value)
    if ctype == "long_text":
        text = value.get("text") if isinstance(value, dict) else value
        if not isinstance(text, str) or len(text) > 2000:
            raise _invalid(column, "long text expects {\"text\": ...} of at most 2000 characters")
        return {"text": text}
    if ctype == "numbers":
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise _invalid(column, "numbers expects a number") from None
        if not number.is_finite():
            raise _invalid(column, "numbers expects a finite number")
        return str(value)
    if ctype == "date":
        return _store_date(column, value)
    if ctype == "status":
        return _store_status(column, value, create_missing)
    if ctype == "dropdown":
        return _store_dropdown(column, value, create_missing)
    if ctype == "link":
        if not isinstance(value, dict) or not str(value.get("url", "")).strip():
            raise _invalid(column, "link expects {\"url\": ..., \"text\": ...}")
        return {"url": value["url"], "text": value.get("text") or value["url"]}
    if ctype == "email":
        if not isinstance(value, dict) or not EMAIL_PATTERN.match(str(value.get("email", ""))):
            raise _invalid(column, "email expects {\"email\": ..., \"text\": ...}")
        return {"email": value["email"], "text": value.get("text") or value["email"]}
    if ctype == "phone":
        phone = value.get("phone") if isinstance(value, dict) else None
        if not PHONE_PATTERN.match(str(phone or "")):
            raise _invalid(column, "phone number is not valid")
        stored = {"phone": phone}
        if value.get("countryShortName"):
            stored["countryShortName"] = value["countryShortName"]
        return stored
    if ctype == "checkbox":
        checked = value.get("checked") if isinstance(value, dict) else None
        if str(checked).lower() not in ("true", "false"):
            raise _invalid(column, "checkbox expects {\"checked\": \"true\"}")
        return {"checked": "true"} if str(checked).lower() == "true" else None
    if ctype == "board_relation":
        ids = value.get("item_ids") if isinstance(value, dict) else None
        if not isinstance(ids, list):
            raise _invalid(column, "board relation expects {\"item_ids\": [...]}")
        for item_id in ids:
            if item_exists is not None and not item_exists(str(item_id)):
                raise _invalid(column, f"item {item_id} does not exist")
        return {"item_ids": [int(i) for i in ids]}
    raise _invalid(column, f"column type {ctype} is not supported by the sandbox")


def render_value(column: dict[str, Any], stored: Any, item_names: Any = None) -> dict[str, Any]:
    """The ColumnValue fields for one stored value (typed fields included)."""
    ctype = column["type"]
    fields: dict[str, Any] = {"id": column["id"], "type": ctype, "is_leaf": True,
                              "column": column, "value": None, "text": ""}
    if ctype == "dropdown":
        fields["values"] = []
    if ctype in ("status", "dropdown", "board_relation"):
        fields["text"] = None  # monday returns null text for these when empty (FACTS §5)
    if ctype == "board_relation":
        ids = [str(i) for i in (stored or {}).get("item_ids", [])]
        fields["linked_item_ids"] = ids
        names = [item_names(i) for i in ids] if item_names else ids
        fields["display_value"] = ", ".join(n for n in names if n)
        fields["text"] = fields["display_value"] or None
        return fields  # `value` stays null since 2025-04
    if stored is None:
        return fields
    fields["value"] = json.dumps(stored)
    if ctype in ("text", "numbers"):
        fields["text"] = stored
        if ctype == "numbers":
            fields["number"] = float(stored)
    elif ctype == "long_text":
        fields["text"] = stored["text"]
    elif ctype == "date":
        fields.update(date=stored["date"], time=stored.get("time"))
        fields["text"] = " ".join(p for p in (stored["date"], stored.get("time")) if p)
    elif ctype == "status":
        label = status_labels(column).get(str(stored["index"]))
        fields.update(index=stored["index"], label=label, is_done=stored["index"] == DONE_INDEX,
                      text=label)
    elif ctype == "dropdown":
        label_names = {e["id"]: e["name"] for e in dropdown_labels(column)}
        options = [{"id": str(i), "label": label_names.get(i, "")} for i in stored["ids"]]
        fields.update(values=options, text=", ".join(o["label"] for o in options) or None)
    elif ctype == "link":
        fields.update(url=stored["url"], url_text=stored["text"],
                      text=f"{stored['text']} - {stored['url']}")
    elif ctype == "email":
        fields.update(email=stored["email"], label=stored["text"], text=stored["email"])
    elif ctype == "phone":
        fields.update(phone=stored["phone"], country_short_name=stored.get("countryShortName"),
                      text=stored["phone"])
    elif ctype == "checkbox":
        fields.update(checked=True, text="v")
    return fields


TYPENAME_FOR_COLUMN_TYPE = {
    "text": "TextValue",
    "name": "TextValue",
    "long_text": "LongTextValue",
    "numbers": "NumbersValue",
    "date": "DateValue",
    "status": "StatusValue",
    "link": "LinkValue",
    "email": "EmailValue",
    "phone": "PhoneValue",
    "dropdown": "DropdownValue",
    "board_relation": "BoardRelationValue",
    "checkbox": "CheckboxValue",
}
