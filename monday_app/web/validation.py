"""The one gate every request's input passes: body size, JSON shape, path ids, field types.

Handlers never parse a body or trust a path value themselves. This module
- caps the body (MAX_BODY_BYTES, 413) and the JSON nesting depth, and parses JSON strictly:
  no NaN/Infinity, no 1e400, no integers longer than a database can hold, no NUL or lone
  surrogates in any string or key;
- turns every integer in a path into a database id in 1..2^31-1, and checks every path and
  query value for length, NUL and surrogates;
- gives the readers handlers use for fields (`text`, `db_id`, `monday_id`, ...), with string
  lengths read from the SQLAlchemy column they end up in;
- answers every refusal with 4xx naming the field (JSON for the API, monday's error shape for
  recipes, a page for browser routes) and every uncaught error with a generic 500, logged,
  never a traceback.

A body is parsed only when a handler asks for it, and handlers behind a token check ask after
the check: an unsigned request never gets its body parsed.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from flask import Flask, current_app, g, jsonify, make_response, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.routing import BaseConverter
from werkzeug.wrappers import Response

from monday_app.web.page_refusals import refusal_page
from store.errors import ValidationError

log = logging.getLogger(__name__)

MAX_JSON_DEPTH = 32
# Primary and foreign keys are 32-bit integers on PostgreSQL.
DB_ID_MAX = 2**31 - 1
# monday account and user ids are kept in BIGINT columns.
BIGINT_MAX = 2**63 - 1
MONDAY_ID_MAX_DIGITS = 19
MAX_JSON_INT_DIGITS = 100
# Path segments and query values: a view session token (a JWT) is the longest we expect.
MAX_PARAM_CHARS = 4096
# Free text with no column of its own (kept inside JSON or only shown): a generous cap.
DEFAULT_TEXT_CHARS = 1000

_BAD_CHARS = re.compile("[\x00\ud800-\udfff]")
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]")
_PAGE_ATTRIBUTE = "renders_page"

V = TypeVar("V", bound=Callable[..., Any])


class InputError(Exception):
    """A request input is unusable; `field` names it, `message` says what is wrong."""

    def __init__(self, field: str, message: str, status: int = 400) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.status = status


# --- the app hooks ------------------------------------------------------------------------------


def init_app(app: Flask, max_body_bytes: int) -> None:
    """Install the gate. Must run before blueprints register their routes (the converter)."""
    app.config["MAX_CONTENT_LENGTH"] = max_body_bytes
    # Every integer in one of our paths is a database id: checked here once for all routes.
    app.url_map.converters["int"] = DbIdConverter
    app.url_value_preprocessor(_check_path_values)
    app.before_request(_check_request)
    app.register_error_handler(InputError, _input_error)
    app.register_error_handler(ValidationError, _store_validation_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)


def browser_page(view: V) -> V:
    """Mark a route a person opens in a browser: its refusals render a page, not JSON."""
    setattr(view, _PAGE_ATTRIBUTE, True)
    return view


class _BadPathId(str):
    """A path segment that should have been an id; refused by `_check_path_values`."""


class DbIdConverter(BaseConverter):
    """Matches any segment, so a bad id gets 400 naming it rather than a bare 404."""

    regex = r"[^/]+"
    weight = 50

    def to_python(self, value: str) -> Any:
        if value.isascii() and value.isdigit() and len(value) <= 10:
            number = int(value)
            if 1 <= number <= DB_ID_MAX:
                return number
        return _BadPathId(value)

    def to_url(self, value: Any) -> str:
        return str(int(value))


def _check_path_values(_endpoint: str | None, values: dict[str, Any] | None) -> None:
    for name, value in (values or {}).items():
        if isinstance(value, _BadPathId):
            raise InputError(name, f"must be a whole number from 1 to {DB_ID_MAX}")
        if isinstance(value, str):
            _check_param(name, value)


def _check_request() -> None:
    length = request.content_length
    if length is not None and length > current_app.config["MAX_CONTENT_LENGTH"]:
        # Refused from the header alone, before any token check reads a byte of it.
        raise RequestEntityTooLarge()
    for name, value in request.args.items(multi=True):
        _check_param(name, name)
        _check_param(name, value)


def _check_param(name: str, value: str) -> None:
    if len(value) > MAX_PARAM_CHARS:
        raise InputError(name[:100], f"is longer than {MAX_PARAM_CHARS} characters")
    if _BAD_CHARS.search(value):
        raise InputError(name[:100], "contains a NUL or an unpaired surrogate character")


# --- the JSON body --------------------------------------------------------------------------------


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
        if _BAD_CHARS.search(value):
            raise InputError(path or "body", "contains a NUL or an unpaired surrogate character")
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, path)
            _check_strings(item, f"{path}.{key}".lstrip(".")[:200])
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]"[:200])


# --- field readers ----------------------------------------------------------------------------


def column_length(column: Any) -> int | None:
    """The declared length of a model column (`Model.attribute`), None for unbounded text."""
    return getattr(column.property.columns[0].type, "length", None)


def obj(value: Any, field: str, *, optional: bool = False) -> dict[str, Any]:
    if value is None and optional:
        return {}
    if not isinstance(value, dict):
        raise InputError(field, "must be a JSON object")
    return value


def text(
    value: Any,
    field: str,
    *,
    column: Any = None,
    max_chars: int | None = None,
    optional: bool = False,
    numbers: bool = False,
) -> str | None:
    """A string no longer than its column (or `max_chars`); `numbers` accepts 12 as "12"."""
    if value is None:
        if optional:
            return None
        raise InputError(field, "is required")
    if numbers and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InputError(field, "must be a string")
    limit = max_chars or (column_length(column) if column is not None else None)
    limit = limit or DEFAULT_TEXT_CHARS
    if len(value) > limit:
        raise InputError(field, f"is longer than {limit} characters")
    if _BAD_CHARS.search(value):
        raise InputError(field, "contains a NUL or an unpaired surrogate character")
    return value


def integer(value: Any, field: str, low: int, high: int, *, optional: bool = False) -> int | None:
    """A whole number (or a string of digits) within low..high; booleans are not numbers."""
    if value is None and optional:
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _is_int_text(value.strip()):
        number = int(value.strip())
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    if number is None:
        raise InputError(field, "must be a whole number")
    if not low <= number <= high:
        raise InputError(field, f"must be from {low} to {high}")
    return number


def _is_int_text(value: str) -> bool:
    digits = value.removeprefix("-")
    return value.isascii() and digits.isdigit() and len(digits) <= MONDAY_ID_MAX_DIGITS


def number(value: Any, field: str, low: float, high: float) -> float:
    """A finite number (or numeric string) within low..high; booleans are not numbers."""
    if isinstance(value, str):
        try:
            value = float(value) if len(value) <= 40 else None
        except ValueError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(field, "must be a number")
    if not math.isfinite(value) or not low <= value <= high:
        raise InputError(field, f"must be from {low:g} to {high:g}")
    return float(value)


def boolean(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(field, "must be true or false")
    return value


def db_id(value: Any, field: str, *, optional: bool = False) -> int | None:
    """A row id of ours: a whole number from 1 to 2^31-1."""
    return integer(value, field, 1, DB_ID_MAX, optional=optional)


def monday_id(
    value: Any, field: str, *, column: Any = None, optional: bool = False, signed: bool = False
) -> str | None:
    """A monday id (board, item, account, user) as digits; JSON numbers and strings both come.

    `signed` allows a leading minus: monday sends userId -6 for its automations."""
    if value is None or value == "":
        if optional:
            return None
        raise InputError(field, "is required")
    low = -BIGINT_MAX if signed else 1
    number_ = integer(value, field, low, BIGINT_MAX)
    digits = str(number_)
    limit = column_length(column) if column is not None else None
    if limit is not None and len(digits) > limit:
        raise InputError(field, f"is longer than {limit} digits")
    return digits


def one_of(value: Any, field: str, choices: Mapping[str, Any] | tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InputError(field, f"must be one of {', '.join(choices)}")
    return value


# --- answers ----------------------------------------------------------------------------------


def _wants_page() -> bool:
    view = current_app.view_functions.get(request.endpoint or "")
    return bool(getattr(view, _PAGE_ATTRIBUTE, False))


wants_page = _wants_page  # for the blueprints' own refusals (view_base.NotInstalled)


def _refusal(status: int, error: str, field: str | None, message: str) -> ResponseReturnValue:
    if _wants_page():
        title = "Something went wrong" if status >= 500 else "This request cannot be used"
        return render_template("message.html", title=title, message=message), status
    if request.blueprint == "recipes" and status < 500:
        # monday shows these to the person who set the automation up; 4000 fails this run only.
        body: dict[str, Any] = {
            "severityCode": 4000,
            "notificationErrorTitle": "Malformed request",
            "notificationErrorDescription": message,
            "runtimeErrorDescription": message,
        }
    else:
        body = {"error": error, "message": message}
    if field is not None:
        body["field"] = field
    return jsonify(body), status


def _input_error(exc: InputError) -> ResponseReturnValue:
    log.info("refused %s %s: %s", request.method, request.path, exc)
    return _refusal(exc.status, "invalid input", exc.field, f"{exc.field}: {exc.message}")


def _store_validation_error(exc: ValidationError) -> ResponseReturnValue:
    return _refusal(422, "invalid", exc.field, f"{exc.field}: {exc.message}")


def _http_error(exc: HTTPException) -> ResponseReturnValue:
    if exc.response is not None:
        # The token guard's JSON refusal, on a page a person opened: a page instead.
        page = refusal_page(cast(Response, exc.response)) if _wants_page() else None
        return page or exc.response
    code = exc.code or 500
    if isinstance(exc, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        return _refusal(code, "too large", "body", f"the request body is larger than {limit} "
                        "bytes")
    name = (exc.name or "error").lower()
    response = make_response(_refusal(code, name, None, exc.description or name))
    allowed = dict(exc.get_headers()).get("Allow")
    if allowed:
        response.headers["Allow"] = allowed  # a 405 says which methods would do
    return response


def _unexpected_error(exc: Exception) -> ResponseReturnValue:
    # The traceback goes to the log only; the caller learns nothing about our insides.
    log.exception("unhandled error on %s %s", request.method, request.path)
    return _refusal(500, "internal error", None, "The server could not handle this request.")
