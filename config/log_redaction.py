"""Take tokens out of log lines before any handler writes them.

Tokens travel in URLs: monday opens the views with `?sessionToken=<JWT>` (and the page's API
calls carry that URL as their Referer), the sync-now URL holds its secret in the path, and the
OAuth callback carries a one-time `code`. Access logs print request lines and referers whole, so
both servers pass their request logs through `redact`: gunicorn through
`RedactingGunicornLogger` (monday_app/gunicorn_logging.py, named in gunicorn.conf.py), werkzeug's
development server through `install_request_log_redaction` (called by the app factory). The rest
of the line (client, time, method, path, status, size, agent) is kept.
"""

from __future__ import annotations

import logging
import re

REDACTED = "***"
# Query parameters whose value is a credential, wherever they appear.
SECRET_PARAMETERS = (
    "sessionToken", "token", "code", "access_token", "refresh_token", "id_token",
    "client_secret", "password", "api_key",
)
# Preceded by ?, & or ; in a URL, or by a space or quote when a log format prints the bare
# query string (gunicorn's %(q)s).
_PARAMETER = re.compile(
    r"(?i)((?:^|[?&;\s\"'])(?:" + "|".join(SECRET_PARAMETERS) + r")=)[^&;#\s\"']+"
)
# /sync-now/<connection id>/<token>: the token is the URL's only secret part.
_SYNC_NOW_PATH = re.compile(r"(/sync-now/[^/\s?#\"']+/)[^/\s?#&\"']+")
# A JWT anywhere in the line (a Referer, a header someone added to the log format).
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',]+")


def redact(text: str) -> str:
    """The log line with every token in it replaced by ***; the rest unchanged."""
    text = _PARAMETER.sub(r"\1" + REDACTED, text)
    text = _SYNC_NOW_PATH.sub(r"\1" + REDACTED, text)
    text = _JWT.sub(REDACTED, text)
    return _BEARER.sub(r"\1" + REDACTED, text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with `redact` (formatting its arguments first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True  # a broken format: the handler reports it as it would anyway
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def add_redaction(target: logging.Filterer) -> None:
    """Idempotent: a logger (or handler) gets one redacting filter however often the app is
    created."""
    if not any(isinstance(f, RedactingFilter) for f in target.filters):
        target.addFilter(RedactingFilter())


def install_request_log_redaction() -> None:
    """werkzeug's development server logs each request line through the "werkzeug" logger;
    the root logger's handlers get the filter too, since a filter on a logger never sees what
    its children propagate (the app's own log lines)."""
    add_redaction(logging.getLogger("werkzeug"))
    for handler in logging.getLogger().handlers:
        add_redaction(handler)
