"""gunicorn's logger with tokens redacted; gunicorn.conf.py names it as `logger_class`.

Kept apart from monday_app/log_redaction.py so that the app itself never imports gunicorn.
"""

from __future__ import annotations

from typing import Any

from gunicorn.glogging import Logger

from monday_app.log_redaction import add_redaction


class RedactingGunicornLogger(Logger):
    """Both logs redacted: the access log prints request lines and referers, and an error log
    line may name the request URI ("Error handling request /sync-now/...")."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        add_redaction(self.access_log)
        add_redaction(self.error_log)
