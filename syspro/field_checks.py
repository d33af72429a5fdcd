"""How a connection field's value is checked, by the kind of value it holds.

Each check takes the value as JSON brings it (the settings form, the API) and returns the value
to store, or raises FieldProblem with a message meant to follow the field's label
("Server URL: must start with http:// or https://"). `from_text` reads a value typed on a
command line into the same JSON shape, so the CLI and the form are checked alike.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

# Kinds a field may have. The settings form, the CLI and the docs each know how to show them.
KINDS = (
    "text", "url", "secret", "bool", "int", "number", "choice", "pem",
    "text_map", "number_map", "text_list", "choice_list",
)


class FieldProblem(ValueError):
    """A value a field cannot take; `message` reads after the field's label."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_text(value: Any) -> Any:
    if value is not None and not isinstance(value, str):
        raise FieldProblem("must be text")
    return value


def check_url(value: Any, needs_port: bool) -> str:
    """Shape only (scheme, host, port, no credentials); addresses are judged separately."""
    url = str(check_text(value) or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FieldProblem(f"{url!r} must start with http:// or https://")
    if parts.username or parts.password:
        raise FieldProblem("must not contain a user name or password; use the credential fields")
    if not parts.hostname:
        raise FieldProblem(f"{url!r} has no host name")
    try:
        port = parts.port
    except ValueError:
        raise FieldProblem(f"{url!r} has an invalid port") from None
    if needs_port and port is None:
        raise FieldProblem(
            "give the full URL with its port, e.g. http://syspro.example.com:20001")
    return url.rstrip("/")


def check_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FieldProblem("must be true or false")
    return value


def check_number(value: Any, whole: bool, low: float | None, high: float | None) -> Any:
    if isinstance(value, str):  # a form field or a command line: "15" means 15
        value = _number_from_text(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldProblem("must be a whole number" if whole else "must be a number")
    if whole and not isinstance(value, int):
        raise FieldProblem("must be a whole number")
    if not math.isfinite(value):
        raise FieldProblem("must be a finite number")
    if (low is not None and value < low) or (high is not None and value > high):
        raise FieldProblem(f"must be {_range_text(low, high)}, not {value:g}")
    return value


def _range_text(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {low:g} and {high:g}"
    return f"at least {low:g}" if low is not None else f"at most {high:g}"


def check_choice(value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise FieldProblem(f"must be {', '.join(repr(c) for c in choices)}")
    return str(value)


def check_choice_list(value: Any, choices: tuple[str, ...]) -> list[str] | None:
    """Some of `choices`, in their order; every one chosen is stored as None ("all"), so what a
    later version adds is chosen too. Unknown keys are named, with what may be chosen."""
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise FieldProblem(f"must be a list of some of: {', '.join(choices)}")
    unknown = [v for v in dict.fromkeys(value) if v not in choices]
    if unknown:
        names = ", ".join(repr(v) for v in unknown)
        raise FieldProblem(f"{names} {'is' if len(unknown) == 1 else 'are'} unknown; choose "
                           f"from {', '.join(choices)}")
    if not value:
        raise FieldProblem("choose at least one")
    chosen = [c for c in choices if c in value]
    return None if len(chosen) == len(choices) else chosen


def check_pem(value: Any) -> str | None:
    text = check_text(value)
    if text and "-----BEGIN CERTIFICATE-----" not in text:
        raise FieldProblem("must be PEM text (-----BEGIN CERTIFICATE----- …), not a file path")
    return text or None


def check_map(value: Any, of_numbers: bool) -> dict[str, Any]:
    wanted: type = int if of_numbers else str
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, wanted) and not isinstance(v, bool)
        for k, v in value.items()
    ):
        raise FieldProblem(f"must be an object of {'whole numbers' if of_numbers else 'texts'}")
    return dict(value)


def check_text_list(value: Any) -> list[str]:
    if not isinstance(value, list | tuple) or not value or not all(
            isinstance(v, str) and v for v in value):
        raise FieldProblem("must be a non-empty list of column names")
    return list(value)


def from_text(kind: str, text: str) -> Any:
    """A command-line value as the JSON the form would send (checked afterwards as usual)."""
    readers: dict[str, Callable[[str], Any]] = {
        "int": _number_from_text,
        "number": _number_from_text,
        "text_map": _json_from_text,
        "number_map": _json_from_text,
        "text_list": _list_from_text,
        "choice_list": lambda t: None if t.strip().lower() == "all" else _list_from_text(t),
    }
    return readers.get(kind, lambda t: t)(text)


def _list_from_text(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _number_from_text(text: str) -> Any:
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text  # left for the check to refuse with its own message


def _json_from_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text
