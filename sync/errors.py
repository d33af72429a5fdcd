"""Errors as the audit trail and board health record them: a chain, scrubbed, with a verdict."""

from __future__ import annotations

import re
from typing import Any

from monday_api.errors import (
    MondayError,
    MondayUnavailable,
    ReauthenticationRequired,
    ReconnectRequired,
    RunError,
)
from syspro.errors import AccessDenied, AuthFailed, SysproError

# Secret-looking values that must never reach the audit trail, whoever raised the error.
_SECRET_PATTERNS = [
    re.compile(r"(?i)((?:password|token|secret|authorization|userid)[\"']?\s*[:=]\s*)[^\s,&\"']+"),
    re.compile(r"(?i)(bearer\s+)[a-z0-9._\-]+"),
]


def scrub(text: str) -> str:
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


def error_chain(exc: BaseException) -> list[dict[str, Any]]:
    """Outermost first: {type, message} for the error and each cause, secrets scrubbed."""
    links: list[dict[str, Any]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(links) < 10:
        seen.add(id(current))
        link: dict[str, Any] = {"type": type(current).__name__, "message": scrub(str(current))}
        if isinstance(current, MondayError):
            link["code"] = current.code
        if isinstance(current, SysproError):
            link["kind"] = current.kind.value
        links.append(link)
        current = current.__cause__ or current.__context__
    return links


def health_for(exc: BaseException) -> tuple[str, str]:
    """The board sync's health after a failed run, with a reason a person can act on."""
    message = scrub(str(exc))
    if isinstance(exc, ReconnectRequired):
        # One reason, the same on every sync of the account: what happened and what to do.
        return "needs_reauth", exc.monday_message
    if isinstance(exc, ReauthenticationRequired):
        reason = f"monday refused the app's token; reinstall or re-authorise: {message}"
        return "needs_reauth", reason
    if isinstance(exc, MondayUnavailable):
        # An outage, not the records' fault: nothing is marked failed, the next push resumes.
        reason = "monday is unavailable (server errors or no answer); records are not blamed "
        return "monday_unavailable", f"{reason}and the next push tries again: {message}"[:2000]
    if isinstance(exc, AccessDenied | AuthFailed):
        return "failing", f"SYSPRO refused the operator: {message}"
    if isinstance(exc, RunError):
        return "failing", f"monday refused the run: {message}"
    return "failing", message[:2000]
