"""The application log of every process (web, worker, schedule): one handler, redacted, with
the request or job it belongs to, as readable text or as JSON lines (LOG_FORMAT=json).

Invariants: every record any logger propagates to the root passes `RedactingFilter` (the same
filter as the access log, config/log_redaction.py) before a formatter sees it, and the
formatters redact the traceback text too; a record carries `request_id` (the web request's
X-Request-Id) and `job_id` (the rq job) when there is one, else null. No Flask here: the
worker and the schedule configure their logs with the same function.
"""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from config.log_redaction import RedactingFilter, add_redaction, redact

# Set by the web app for the length of one request (monday_app/web/request_id.py).
current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)

# `context` is " [request id]" or " [job id]" when there is one, else empty (CLI lines).
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(context)s: %(message)s"
# LogRecord attributes that are not a caller's `extra`: left out of the JSON object.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "request_id", "job_id", "taskName", "context",
}


class ContextFilter(logging.Filter):
    """Stamps each record with the current request id and rq job id (or None)."""

    def filter(self, record: logging.LogRecord) -> bool:
        request_id = getattr(record, "request_id", None) or current_request_id.get()
        job_id = getattr(record, "job_id", None) or _current_job_id()
        record.request_id, record.job_id = request_id, job_id
        label = request_id or job_id
        record.context = f" [{label}]" if label else ""
        return True


def _current_job_id() -> str | None:
    try:
        from rq import get_current_job

        job = get_current_job()
    except Exception:  # noqa: BLE001 - outside a worker there is no job, whatever rq says
        return None
    return job.id if job is not None else None


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC ISO 8601), level, logger, message, request_id,
    job_id, the caller's `extra` fields, and `exception` (redacted) when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
            "job_id": getattr(record, "job_id", None),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = redact(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, default=str, ensure_ascii=False)


class RedactedTextFormatter(logging.Formatter):
    """The text line, with the traceback (which the message filter never sees) redacted."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return redact(super().formatException(ei))


def configure_logging(level: str, log_format: str) -> None:
    """Give the root logger one redacting handler in `log_format` ("text" or "json"), once.

    When something else configured the root logger first (a test harness, basicConfig), its
    handlers are kept and only get the redaction and context filters: nothing is printed
    twice, and nothing reaches a handler unredacted."""
    root = logging.getLogger()
    if not root.handlers:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(
            JsonFormatter() if log_format == "json" else RedactedTextFormatter(TEXT_FORMAT)
        )
        root.addHandler(stderr)
        root.setLevel(level)
    for handler in root.handlers:
        add_redaction(handler)
        if not any(isinstance(f, ContextFilter) for f in handler.filters):
            handler.addFilter(ContextFilter())


__all__ = ["ContextFilter", "JsonFormatter", "RedactingFilter", "configure_logging",
           "current_request_id"]
