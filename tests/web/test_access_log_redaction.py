"""Access logs keep every request line but none of the tokens in it, under gunicorn (the
Procfile's server) and under werkzeug's development server alike."""

from __future__ import annotations

import io
import logging
import re
import runpy
import threading
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jwt
import pytest
import requests
from gunicorn.config import Config
from werkzeug.serving import make_server

from cli.run import process_commands
from config.log_redaction import redact

ROOT = Path(__file__).resolve().parents[2]
SESSION_TOKEN = jwt.encode({"dat": {"account_id": 1, "user_id": 1}}, "k" * 32, algorithm="HS256")
SYNC_TOKEN = "Xy9-sync-now-secret_0123456789abcdef"
PAGE = f"https://connector.example.com/views/settings?sessionToken={SESSION_TOKEN}&x=1"


@pytest.mark.parametrize(("line", "kept"), [
    (f'"GET /views/settings?sessionToken={SESSION_TOKEN} HTTP/1.1" 200',
     '"GET /views/settings?sessionToken=*** HTTP/1.1" 200'),
    (f'"POST /sync-now/12/{SYNC_TOKEN} HTTP/1.1" 202',
     '"POST /sync-now/12/*** HTTP/1.1" 202'),
    (f'"POST /sync-now/12/{SYNC_TOKEN}?x=1 HTTP/1.1" 202',
     '"POST /sync-now/12/***?x=1 HTTP/1.1" 202'),
    ('"GET /oauth/callback?state=abc&code=one-time-code-123 HTTP/1.1" 200',
     '"GET /oauth/callback?state=abc&code=*** HTTP/1.1" 200'),
    (f'"POST /api/connections HTTP/1.1" 201 478 "{PAGE}" "Mozilla/5.0"',
     '"POST /api/connections HTTP/1.1" 201 478 '
     '"https://connector.example.com/views/settings?sessionToken=***&x=1" "Mozilla/5.0"'),
    (f"sessionToken={SESSION_TOKEN}", "sessionToken=***"),
    (f"Authorization: Bearer {SYNC_TOKEN}", "Authorization: Bearer ***"),
    (f"token {SESSION_TOKEN} seen", "token *** seen"),
    ('"GET /api/board-health?board_sync_id=3 HTTP/1.1" 200',
     '"GET /api/board-health?board_sync_id=3 HTTP/1.1" 200'),
])
def test_redact_takes_tokens_out_and_keeps_the_rest(line: str, kept: str) -> None:
    assert redact(line) == kept


# --- gunicorn ---------------------------------------------------------------------------------


def _gunicorn_config(access_log: Path) -> Config:
    """gunicorn's settings as the Procfile gives them: gunicorn.conf.py, then the flags."""
    cfg = Config()
    for name, value in runpy.run_path(str(ROOT / "gunicorn.conf.py")).items():
        if name in cfg.settings:
            cfg.set(name, value)
    cfg.set("accesslog", str(access_log))
    return cfg


def test_procfile_and_run_start_gunicorn_with_the_config() -> None:
    web = next(line for line in (ROOT / "Procfile").read_text().splitlines()
               if line.startswith("web:"))
    assert "--config gunicorn.conf.py" in web
    assert "--config gunicorn.conf.py" in process_commands(8000, "redis://x")["web"]


def test_gunicorn_access_log_is_redacted(tmp_path: Path) -> None:
    access_log = tmp_path / "access.log"
    cfg = _gunicorn_config(access_log)
    logger = cfg.logger_class(cfg)
    environ = {
        "REQUEST_METHOD": "GET", "RAW_URI": f"/views/settings?sessionToken={SESSION_TOKEN}",
        "PATH_INFO": "/views/settings", "QUERY_STRING": f"sessionToken={SESSION_TOKEN}",
        "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "10.1.2.3", "HTTP_REFERER": PAGE,
        "HTTP_USER_AGENT": "Mozilla/5.0",
    }
    response = SimpleNamespace(status="200 OK", sent=3087, headers=[])
    request = SimpleNamespace(headers=[("REFERER", PAGE)])
    logger.access(response, request, environ, timedelta(milliseconds=7))
    sync_now = {**environ, "REQUEST_METHOD": "POST", "RAW_URI": f"/sync-now/4/{SYNC_TOKEN}",
                "QUERY_STRING": "", "HTTP_REFERER": "-"}
    logger.access(SimpleNamespace(status="202 ACCEPTED", sent=40, headers=[]), request,
                  sync_now, timedelta(milliseconds=3))
    logger.error("Error handling request /sync-now/4/%s", SYNC_TOKEN)
    for handler in logging.getLogger("gunicorn.access").handlers:
        handler.flush()

    text = access_log.read_text()
    assert SESSION_TOKEN not in text and SYNC_TOKEN not in text
    assert '10.1.2.3 - - [' in text
    assert '"GET /views/settings?sessionToken=*** HTTP/1.1" 200 3087 ' in text
    assert '"https://connector.example.com/views/settings?sessionToken=***&x=1"' in text
    assert '"POST /sync-now/4/*** HTTP/1.1" 202 40' in text


# --- werkzeug ---------------------------------------------------------------------------------


def test_development_server_request_log_is_redacted(
    app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            requests.get(f"{base}/views/settings?sessionToken={SESSION_TOKEN}", timeout=5)
            requests.post(f"{base}/sync-now/4/{SYNC_TOKEN}", timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    # Without the colour codes werkzeug adds on a terminal.
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", r.getMessage()) for r in caplog.records
             if r.name == "werkzeug"]
    text = "\n".join(lines)
    assert SESSION_TOKEN not in text and SYNC_TOKEN not in text
    assert '"GET /views/settings?sessionToken=*** HTTP/1.1" 401' in text, lines
    assert '"POST /sync-now/4/*** HTTP/1.1" 401' in text, lines


# --- the app's own log -------------------------------------------------------------------------


def test_app_log_of_a_failed_request_hides_the_sync_now_token(
    app_config: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unhandled error is logged with the request path: on the sync-now route the path is a
    credential. The app's root handlers redact it like the access log."""
    from monday_app.factory import create_app
    from monday_app.web import sync_now
    from store.migrate import upgrade

    captured = io.StringIO()
    handler = logging.StreamHandler(captured)
    logging.getLogger().addHandler(handler)
    try:
        upgrade(str(app_config["DATABASE_URL"]))
        app = create_app(app_config)
        app.config["PROPAGATE_EXCEPTIONS"] = False  # log and answer 500, as in production

        def broken(*_args: Any) -> None:
            raise RuntimeError("database went away")

        monkeypatch.setattr(sync_now, "connection_for_sync_url", broken)
        answer = app.test_client().post(f"/sync-now/4/{SYNC_TOKEN}")
        app.extensions["store"].dispose()
    finally:
        logging.getLogger().removeHandler(handler)
    assert answer.status_code == 500
    text = captured.getvalue()
    assert "/sync-now/4/***" in text, text  # the failure is logged, its path redacted
    assert SYNC_TOKEN not in text


def test_gunicorn_access_log_as_json_lines(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("LOG_FORMAT", "json")
    access_log = tmp_path / "access.json.log"
    cfg = _gunicorn_config(access_log)
    logger = cfg.logger_class(cfg)
    environ = {
        "REQUEST_METHOD": "POST", "RAW_URI": f"/sync-now/4/{SYNC_TOKEN}",
        "PATH_INFO": f"/sync-now/4/{SYNC_TOKEN}", "QUERY_STRING": "",
        "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "10.1.2.3", "HTTP_REFERER": PAGE,
        "HTTP_USER_AGENT": "Mozilla/5.0",
    }
    response = SimpleNamespace(status="202 ACCEPTED", sent=40,
                               headers=[("X-Request-Id", "req-abc-123")])
    logger.access(response, SimpleNamespace(headers=[("REFERER", PAGE)]), environ,
                  timedelta(milliseconds=7))
    for handler in logging.getLogger("gunicorn.access").handlers:
        handler.flush()
    text = access_log.read_text()
    assert SYNC_TOKEN not in text and SESSION_TOKEN not in text
    line = json.loads(text.strip().splitlines()[-1])
    assert (line["method"], line["path"], line["status"]) == ("POST", "/sync-now/4/***", "202")
    assert line["request_id"] == "req-abc-123" and line["duration_ms"] == 7.0
    assert line["referer"].endswith("sessionToken=***&x=1")
