"""The request's JSON body, parsed once and strictly.

No NaN/Infinity, no 1e400, no integers longer than a database can hold, no nesting deeper than
MAX_JSON_DEPTH, no NUL or lone surrogates in any string or key; a body cut off at the size limit
is refused rather than read short. A body is parsed only when a handler asks for it, and
handlers behind a token check ask after the check: an unsigned request never gets its body
parsed.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from flask import current_app, g, request
from werkzeug.exceptions import RequestEntityTooLarge

from monday_app.web.field_readers import BAD_CHARS, InputError, obj

MAX_JSON_DEPTH = 32
MAX_JSON_INT_DIGITS = 100

_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]")


def json_body() -> Any:
    """The request's JSON, parsed once and checked; an empty body is `{}`."""
    if "json_body" not in g:
        g.json_body = parse_json(_read_body())
    return g.json_body


def _read_body() -> bytes:
    raw = request.get_data(cache=True)
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is None and len(raw) >= limit:
        # A streamed body is cut off at the limit by werkzeug, silently: say so instead.
        raise RequestEntityTooLarge()
    return raw


def json_object(field: str = "body") -> dict[str, Any]:
    return obj(json_body(), field)


def parse_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    if not raw.strip():
        return {}
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("body", "is not UTF-8 text") from exc
    if nesting_depth(raw) > max_depth:
        raise InputError("body", f"is nested deeper than {max_depth} levels")
    try:
        value = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
        )
    except InputError:
        raise
    except (ValueError, RecursionError) as exc:
        raise InputError("body", "is not valid JSON") from exc
    _check_strings(value, "")
    return value


def nesting_depth(raw: bytes) -> int:
    """How deeply arrays and objects nest, counted without parsing (strings removed first)."""
    brackets = _NOT_BRACKET.sub(b"", _JSON_STRING.sub(b"", raw))
    depth = deepest = 0
    for byte in brackets:
        depth += 1 if byte in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _refuse_constant(name: str) -> Any:
    raise InputError("body", f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise InputError("body", f"the number {text[:40]} is out of range")
    return number


def _bounded_int(text: str) -> int:
    # Ranges are the field readers' business; this only stops pathological digit strings.
    if len(text.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise InputError("body", f"the number {text[:40]}... is out of range")
    return int(text)


def _check_strings(value: Any, path: str) -> None:
    """NUL and lone surrogates anywhere; the error names the field as `data.account_name`."""
    if isinstance(value, str):
        if BAD_CHARS.search(value):
            raise InputError(path or "body", "contains a NUL or an unpaired surrogate character")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, path)
            _check_strings(item, f"{path}.{key}".lstrip(".")[:200])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]"[:200])
