"""gunicorn's logger with tokens redacted; gunicorn.conf.py names it as `logger_class`.

Kept apart from config/log_redaction.py so that the app itself never imports gunicorn.
"""

from __future__ import annotations

import json
import os
from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any

from gunicorn.glogging import Logger

from config.log_redaction import add_redaction


class RedactingGunicornLogger(Logger):
    """Both logs redacted: the access log prints request lines and referers, and an error log
    line may name the request URI ("Error handling request /sync-now/...")."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        add_redaction(self.access_log)
        add_redaction(self.error_log)

    def access(
        self, resp: Any, req: Any, environ: MutableMapping[str, Any], request_time: Any
    ) -> None:
        """With LOG_FORMAT=json, one JSON object per request, like the app's own lines (the
        request id is the one the app answered with, X-Request-Id)."""
        if os.environ.get("LOG_FORMAT", "").strip().lower() != "json":
            super().access(resp, req, environ, request_time)
            return
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.logconfig_dict
                or self.cfg.syslog):
            return
        atoms = self.atoms(resp, req, environ, request_time)
        query = atoms.get("q") or ""
        line = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "level": "INFO", "logger": "gunicorn.access",
            "remote": atoms.get("h"), "method": atoms.get("m"),
            "path": (atoms.get("U") or "") + (f"?{query}" if query else ""),
            "status": atoms.get("s"), "bytes": atoms.get("B"),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "referer": atoms.get("f"), "user_agent": atoms.get("a"),
            "request_id": atoms.get("{x-request-id}o") if atoms.get("{x-request-id}o") != "-"
            else None,
        }
        self.access_log.info(json.dumps(line, ensure_ascii=False))
