"""Sync on demand: a SYSPRO trigger program (or any script) asks for a poll now.

POST /sync-now/<connection_id>/<token>. The token is the connection's secret (rotatable in the
settings view), compared in constant time; calls are limited per connection.
"""

from __future__ import annotations

from typing import cast

from flask import Blueprint, jsonify
from flask.typing import ResponseReturnValue

from jobs.sync_jobs import poll_board_sync
from monday_app.auth import unauthorized
from monday_app.web.common import database, redis_client, secret_box
from store.board_health import enabled_board_sync_ids
from store.connections import connection_for_sync_url

bp = Blueprint("sync_now", __name__)

MIN_SECONDS_BETWEEN_CALLS = 30


@bp.post("/sync-now/<int:connection_id>/<token>")
def sync_now(connection_id: int, token: str) -> ResponseReturnValue:
    with database().session() as session:
        connection = connection_for_sync_url(session, secret_box(), connection_id, token)
        if connection is None:
            return unauthorized("unknown connection or wrong token")
        sync_ids = enabled_board_sync_ids(session, connection.id)
    bucket = f"rate:sync-now:{connection_id}"
    if not redis_client().set(bucket, 1, nx=True, ex=MIN_SECONDS_BETWEEN_CALLS):
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        ttl = cast(int, redis_client().ttl(bucket))
        wait = max(1, int(ttl or MIN_SECONDS_BETWEEN_CALLS))
        response = jsonify(error="too many requests", retry_after_seconds=wait)
        response.headers["Retry-After"] = str(wait)
        return response, 429
    jobs = redis_client()
    enqueued: list[int] = []
    already_running: list[int] = []
    for sync_id in sync_ids:
        (enqueued if poll_board_sync.enqueue(jobs, sync_id) else already_running).append(sync_id)
    return jsonify(enqueued=enqueued, already_running=already_running), 202
