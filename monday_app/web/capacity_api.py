"""PUT /api/board-syncs/<id>/capacity: a board sync's capacity policy, chosen by an admin.

The same store.board_capacity.set_capacity_policy the recipe and `sync add` use: one
mechanism. Body `{"policy": "archive"|"rollover"|"stop", "archive_after_days": 0..3650}`
(either may be left out: it keeps its value). Answers the board sync's summary with its
capacity; bad input is a 422 naming the field.
"""

from __future__ import annotations

from flask import Blueprint, jsonify
from flask.typing import ResponseReturnValue

from monday_app.auth import requires_admin, requires_view_session
from monday_app.web.common import database, settings
from monday_app.web.inputs import json_object
from monday_app.web.view_base import account_id as current_account_id
from monday_app.web.view_base import register_refusals
from store.board_capacity import (
    capacity_reason,
    capacity_summary,
    limits_from,
    set_capacity_policy,
)
from store.board_syncs import get_board_sync
from store.errors import ValidationError

bp = Blueprint("capacity_api", __name__)


register_refusals(bp)


@bp.put("/api/board-syncs/<int:board_sync_id>/capacity")
@requires_view_session
@requires_admin("change what happens when the board is full")
def board_sync_capacity(board_sync_id: int) -> ResponseReturnValue:
    body = json_object()
    unknown = sorted(set(body) - {"policy", "archive_after_days"})
    if unknown:
        raise ValidationError(unknown[0], "unknown field; send policy and archive_after_days")
    account_id = current_account_id()
    limits = limits_from(settings().sync_tuning)
    with database().session() as session:
        sync = get_board_sync(session, account_id, board_sync_id)
        set_capacity_policy(session, sync, body.get("policy", sync.capacity_policy),
                            body.get("archive_after_days", sync.archive_after_days))
        capacity = capacity_summary(session, sync, limits)
        capacity["reason"] = capacity_reason(capacity)
        answer = {"id": sync.id, "entity": sync.entity, "board_id": sync.board_id,
                  "capacity": capacity}
    return jsonify(board_sync=answer)
