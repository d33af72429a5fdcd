"""Liveness and readiness probes."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """The process is up and serving requests; checks nothing else."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Ready when the database and Redis both answer; 503 naming what failed otherwise."""
    checks = {"database": _check_database(), "redis": _check_redis()}
    ready = all(result == "ok" for result in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return jsonify(body), 200 if ready else 503


def _check_database() -> str:
    try:
        current_app.extensions["store"].check()
    except Exception as exc:  # noqa: BLE001 - any failure means "not ready"; say which
        return f"error: {type(exc).__name__}: {_first_line(exc)}"
    return "ok"


def _check_redis() -> str:
    client = current_app.extensions["redis"]
    if client is None:
        return "error: REDIS_URL is not set (`ml-connector run` starts an embedded Redis)"
    try:
        client.ping()
    except Exception as exc:  # noqa: BLE001
        return f"error: {type(exc).__name__}: {_first_line(exc)}"
    return "ok"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else ""
