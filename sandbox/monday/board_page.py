"""A board as a person sees it in monday, for the demo: ``GET /_sandbox/boards/<id>/page``.

The page shows the board's items with typed cells and their updates, and beside them the
app's board view and settings view in iframes, opened the way monday opens them: the view URL
from the app's manifest with ``?sessionToken=<JWT signed with the Client Secret>`` (and the
board id). The page's script plays monday's side of monday-sdk-js's postMessage protocol
(``get`` context / sessionToken, ``listen`` context) and polls ``page-data`` every 2 seconds
for what changed since its last look (items carry the revision of their last change).

Everything shown comes from data written by others (item names from SYSPRO hold ``<``, ``&``,
quotes and control characters): the template only escapes, and the script only sets text.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, current_app, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue

from sandbox.monday.state import SandboxState
from sandbox.monday.values import DEFAULT_STATUS_LABELS

board_page_blueprint = Blueprint(
    "monday_sandbox_board_page", __name__, template_folder="templates",
    static_folder="static", static_url_path="/_sandbox/static",
)
# monday's palette for status label indexes when a column's settings name no colours.
STATUS_COLOURS = {
    "0": "#fdab3d", "1": "#00c875", "2": "#df2f4a", "3": "#007eb5", "4": "#9d50dd",
    "5": "#c4c4c4", "6": "#579bfc", "7": "#ff158a", "8": "#ff5ac4", "9": "#ffcb00",
    "10": "#784bd1", "11": "#bb3354", "12": "#cab641", "13": "#9aadbd", "14": "#66ccff",
    "15": "#7e3b8a", "16": "#037f4c", "17": "#ff642e", "18": "#225091", "19": "#a25ddc",
}
SANDBOX_USER_ID = 1  # the sandbox's one person, an account admin


def _sandbox() -> Any:
    return current_app.extensions["monday_sandbox"]


def _status_labels(column: dict[str, Any]) -> dict[str, dict[str, str]]:
    """``{index: {label, color}}`` from the column's settings (``labels``, ``labels_colors``)."""
    settings = column.get("settings") or {}
    labels = settings.get("labels") or DEFAULT_STATUS_LABELS
    colours = settings.get("labels_colors") or {}
    shown = {}
    for index, label in labels.items():
        colour = (colours.get(index) or {}).get("color") if isinstance(colours, dict) else None
        shown[str(index)] = {"label": str(label),
                             "color": colour or STATUS_COLOURS.get(str(index), "#c4c4c4")}
    return shown


def _columns(board: dict[str, Any]) -> list[dict[str, Any]]:
    shown = []
    for column in board["columns"].values():
        if column["id"] == "name" or column.get("archived"):
            continue
        entry = {"id": column["id"], "title": column["title"], "type": column["type"]}
        if column["type"] == "status":
            entry["labels"] = _status_labels(column)
        shown.append(entry)
    return shown


def _cell(rendered: dict[str, Any]) -> dict[str, Any]:
    """The parts of a rendered column value the page needs to show it by type."""
    cell = {"text": rendered.get("text")}
    for key in ("index", "url", "url_text", "email", "number", "date", "time", "checked"):
        if rendered.get(key) is not None:
            cell[key] = rendered[key]
    return cell


def _item(state: SandboxState, item: dict[str, Any],
          updates: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": item["id"], "name": item["name"], "group_id": item["group_id"],
        "created_at": item["created_at"], "updated_at": item["updated_at"],
        "cells": {v["id"]: _cell(v) for v in state.render_item_values(item, None)},
        "updates": [{"id": u["id"], "text": u["text_body"], "created_at": u["created_at"],
                     "creator_id": u["creator_id"]} for u in updates],
    }


def page_data(state: SandboxState, board_id: str, since: int) -> dict[str, Any]:
    """What changed on the board after revision ``since``: changed items in board order and
    the ids of items deleted since; ``revision`` is the one to ask from next time."""
    with state.lock:
        board = state.board(board_id)
        changed, removed, active = [], [], 0
        # One pass over the updates, not one per item (a board holds thousands of items).
        updates: dict[str, list[dict[str, Any]]] = {}
        for update in state.updates.values():
            updates.setdefault(update["item_id"], []).append(update)
        for item_id in board["item_ids"]:
            item = state.items[item_id]
            live = item["state"] == "active"
            active += live
            if item.get("rev", 0) <= since:
                continue
            if live:
                changed.append(_item(state, item, sorted(updates.get(item_id, []),
                                                         key=lambda u: int(u["id"]))))
            else:
                removed.append(item_id)
        return {"revision": state.revision, "board": {"id": board["id"], "name": board["name"]},
                "columns": _columns(board), "items": changed, "removed": removed,
                "items_count": active}


def _frames(board: dict[str, Any]) -> list[dict[str, str]]:
    """The app's views as iframes: each URL carries a fresh session token and the board id."""
    sandbox = _sandbox()
    frames = []
    registration = sandbox.app_registration
    for view in registration.views():
        token = sandbox.engine.session_token(int(board["account_id"]), SANDBOX_USER_ID,
                                             registration.token_lifetime)
        query = {"sessionToken": token}
        if view["kind"] == "board":
            query["boardId"] = board["id"]
        separator = "&" if "?" in view["url"] else "?"
        frames.append({**view, "src": f"{view['url']}{separator}{urlencode(query)}"})
    return frames


@board_page_blueprint.get("/_sandbox/boards/<board_id>/page")
def board_page(board_id: str) -> ResponseReturnValue:
    sandbox = _sandbox()
    board = sandbox.state.boards.get(board_id)
    if board is None:
        known = ", ".join(sorted(sandbox.state.boards)) or "none yet"
        return render_template("board_missing.html", board_id=board_id, known=known), 404
    config = {
        "boardId": board["id"], "accountId": int(board["account_id"]),
        "userId": SANDBOX_USER_ID, "clientId": sandbox.options.client_id,
        "dataUrl": url_for(".board_page_data", board_id=board["id"]),
        "tokenUrl": url_for("monday_sandbox_apps.session_token"),
        "tokenLifetime": sandbox.app_registration.token_lifetime,
        "frames": _frames(board),
    }
    return render_template("board_page.html", board=board, config=config)


@board_page_blueprint.get("/_sandbox/boards/<board_id>/page-data")
def board_page_data(board_id: str) -> ResponseReturnValue:
    state = _sandbox().state
    if board_id not in state.boards:
        return jsonify(error=f"no board {board_id}"), 404
    since = request.args.get("since", default=0, type=int)
    return jsonify(page_data(state, board_id, since))
