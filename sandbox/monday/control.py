"""``/_sandbox/`` control endpoints: look at the data, act as a person, inject faults.

People's edits go straight to the state (no limits, like edits in monday's UI) and fire webhooks.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, current_app, jsonify, request

from sandbox.monday.errors import MondayResolverError
from sandbox.monday.limits import Fault
from sandbox.monday.state import Caller

control_blueprint = Blueprint("monday_sandbox_control", __name__, url_prefix="/_sandbox")


def _sandbox():
    return current_app.extensions["monday_sandbox"]


def _person(body: dict[str, Any]) -> Caller:
    return Caller(account_id=1, user_id=int(body.get("user_id") or 1), token_kind="person")


def _item_view(item: dict[str, Any]) -> dict[str, Any]:
    state = _sandbox().state
    values = {cv["id"]: {"type": cv["type"], "text": cv["text"], "value": cv["value"]}
              for cv in state.render_item_values(item, None)}
    return {"id": item["id"], "name": item["name"], "group_id": item["group_id"],
            "state": item["state"], "created_at": item["created_at"],
            "updated_at": item["updated_at"], "column_values": values}


@control_blueprint.errorhandler(MondayResolverError)
def _resolver_error(exc: MondayResolverError) -> Any:
    extensions = exc.extensions or {}  # always set by MondayResolverError
    return jsonify(error=exc.message, code=extensions.get("code"),
                   error_data=extensions.get("error_data")), 422


@control_blueprint.get("/health")
def health() -> Any:
    return jsonify(ok=True)


@control_blueprint.get("/boards")
def boards() -> Any:
    state = _sandbox().state
    return jsonify([{"id": b["id"], "name": b["name"], "columns": list(b["columns"].values()),
                     "groups": b["groups"],
                     "items_created_via_api": b["items_created_via_api"],
                     "items_count": sum(1 for i in b["item_ids"]
                                        if state.items[i]["state"] == "active")}
                    for b in state.boards.values()])


@control_blueprint.get("/boards/<board_id>/items")
def board_items(board_id: str) -> Any:
    """The board's items: active ones, or ?state=archived / ?state=all (deleted never)."""
    state = _sandbox().state
    board = state.board(board_id)
    wanted = request.args.get("state", "active")
    states = {"active", "archived"} if wanted == "all" else {wanted}
    return jsonify([_item_view(state.items[i]) for i in board["item_ids"]
                    if state.items[i]["state"] in states])


@control_blueprint.post("/boards/<board_id>/items")
def person_creates_item(board_id: str) -> Any:
    body = request.get_json(force=True) or {}
    state = _sandbox().state
    item = state.create_item(_person(body), board_id, body.get("name", "New item"),
                             body.get("group_id"), json.dumps(body.get("column_values") or {}),
                             create_missing=True)
    return jsonify(_item_view(item)), 201


@control_blueprint.post("/items/<item_id>/column_values")
def person_edits_item(item_id: str) -> Any:
    body = request.get_json(force=True) or {}
    state = _sandbox().state
    item = state.item(item_id)
    item = state.change_values(_person(body), item["board_id"], item_id,
                               json.dumps(body.get("column_values") or {}), create_missing=True)
    return jsonify(_item_view(item))


@control_blueprint.delete("/items/<item_id>")
def person_deletes_item(item_id: str) -> Any:
    return jsonify(_item_view(_sandbox().state.delete_item(item_id)))


@control_blueprint.route("/refused_values", methods=["GET", "POST", "DELETE"])
def refused_values() -> Any:
    """Values monday refuses (ColumnValueException on the item written with one)."""
    state = _sandbox().state
    with state.lock:
        if request.method == "POST":
            state.refused_values.add(str((request.get_json(force=True) or {})["value"]))
        elif request.method == "DELETE":
            state.refused_values.clear()
    return jsonify(sorted(state.refused_values))


@control_blueprint.get("/items/<item_id>/updates")
def item_updates(item_id: str) -> Any:
    updates = _sandbox().state.updates.values()
    return jsonify([u for u in updates if u["item_id"] == item_id])


@control_blueprint.get("/notifications")
def notifications() -> Any:
    return jsonify(_sandbox().state.notifications)


@control_blueprint.route("/faults", methods=["GET", "POST", "DELETE"])
def faults() -> Any:
    injector = _sandbox().faults
    if request.method == "POST":
        body = request.get_json(force=True) or {}
        try:
            injector.add(Fault(**body))
        except (TypeError, ValueError) as exc:
            return jsonify(error=str(exc)), 400
    elif request.method == "DELETE":
        injector.clear()
    return jsonify([vars(f) for f in injector.faults])


@control_blueprint.get("/webhooks")
def webhooks() -> Any:
    return jsonify(list(_sandbox().state.webhooks.values()))


@control_blueprint.get("/webhook_deliveries")
def webhook_deliveries() -> Any:
    return jsonify(_sandbox().dispatcher.deliveries)


@control_blueprint.get("/stats")
def stats() -> Any:
    return jsonify(_sandbox().stats.as_dict())


@control_blueprint.post("/reset")
def reset() -> Any:
    sandbox = _sandbox()
    sandbox.state.reset()
    sandbox.grants.reset()
    sandbox.faults.clear()
    sandbox.engine.reset()
    return jsonify(ok=True)
