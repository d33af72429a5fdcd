"""Liveness and readiness probes."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

from jobs.liveness import Background, read_background

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """The process is up and serving requests; checks nothing else."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Ready when the database and Redis answer, the schedule ticked within
    READY_SCHEDULE_MAX_AGE_SECONDS and a worker beat within READY_WORKER_MAX_AGE_SECONDS;
    503 naming what failed otherwise. The body also gives the heartbeat ages, the oldest due
    poll and the board syncs overdue by two intervals (flagged, not a reason for 503)."""
    checks = {"database": _check_database(), "redis": _check_redis()}
    body: dict[str, Any] = {}
    if all(result == "ok" for result in checks.values()):
        background = _read_background()
        if isinstance(background, str):
            checks |= {"schedule": background, "workers": background}
        else:
            checks |= background.checks
            body |= background.as_dict()
    else:
        checks |= {"schedule": "unknown", "workers": "unknown"}
    ready = all(result == "ok" for result in checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks, **body}
    return jsonify(body), 200 if ready else 503


def _read_background() -> Background | str:
    try:
        return read_background(current_app.extensions["store"], current_app.extensions["redis"],
                               current_app.config["ML_SETTINGS"])
    except Exception as exc:  # noqa: BLE001
        return f"error: {type(exc).__name__}: {_first_line(exc)}"


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
