"""The one gate every request's input passes: body size, path ids, query values, refusals.

Handlers never parse a body or trust a path value themselves. This module
- caps the body (MAX_BODY_BYTES, 413) before anything reads it;
- turns every integer in a path into a database id in 1..2^31-1, and checks every path and
  query value for length, NUL and surrogates;
- answers every refusal with 4xx naming the field (JSON for the API, monday's error shape for
  recipes, a page for browser routes) and every uncaught error with a generic 500, logged,
  never a traceback.

The body itself is parsed by json_input.py (strict JSON, on demand), and its fields are read by
field_readers.py; both raise `InputError`, which this gate answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from flask import Flask, current_app, jsonify, make_response, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.routing import BaseConverter
from werkzeug.wrappers import Response

from monday_app.web.field_readers import BAD_CHARS, DB_ID_MAX, InputError
from monday_app.web.page_refusals import refusal_page
from store.errors import ValidationError

log = logging.getLogger(__name__)

# Path segments and query values: a view session token (a JWT) is the longest we expect.
MAX_PARAM_CHARS = 4096
_PAGE_ATTRIBUTE = "renders_page"

V = TypeVar("V", bound=Callable[..., Any])


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
    if BAD_CHARS.search(value):
        raise InputError(name[:100], "contains a NUL or an unpaired surrogate character")


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
