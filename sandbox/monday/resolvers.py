"""Resolvers binding the sandbox SDL to :class:`SandboxState`.

The schema comes from ``schema.graphql`` beside this file (the project's subset of monday's
schema); resolvers are attached to its fields, so queries are parsed, validated and executed by
graphql-core exactly as written.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from graphql import (
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    build_schema,
)

from sandbox.monday.errors import MondayResolverError
from sandbox.monday.state import Caller, SandboxState
from sandbox.monday.values import TYPENAME_FOR_COLUMN_TYPE

SCHEMA_PATH = Path(__file__).with_name("schema.graphql")
MAX_PAGE_LIMIT = 500
CURSOR_LIFETIME_SECONDS = 3600  # sandbox seconds; monday keeps cursors for 60 minutes


def _ctx(info: GraphQLResolveInfo) -> dict[str, Any]:
    return info.context


def _state(info: GraphQLResolveInfo) -> SandboxState:
    return info.context["state"]


def _caller(info: GraphQLResolveInfo) -> Caller:
    return info.context["caller"]


# -- queries -------------------------------------------------------------------------------
def resolve_me(_: Any, info: GraphQLResolveInfo) -> dict[str, Any]:
    return _state(info).users[_caller(info).user_id]


def resolve_account(_: Any, info: GraphQLResolveInfo) -> dict[str, Any]:
    return _state(info).accounts[_caller(info).account_id]


def resolve_user_account(user: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any]:
    return _state(info).accounts[user["account_id"]]


def resolve_boards(_: Any, info: GraphQLResolveInfo, ids: list[str] | None = None,
                   limit: int = 25, page: int = 1, state: str = "active",
                   **_ignored: Any) -> list[dict[str, Any]]:
    caller = _caller(info)
    boards = [b for b in _state(info).boards.values() if b["account_id"] == caller.account_id]
    if ids:
        boards = [b for b in boards if b["id"] in {str(i) for i in ids}]
    if state != "all":
        boards = [b for b in boards if b["state"] == state]
    start = (max(page, 1) - 1) * limit
    return boards[start : start + limit]


def resolve_items(_: Any, info: GraphQLResolveInfo, ids: list[str] | None = None,
                  limit: int = 25, page: int = 1, **_ignored: Any) -> list[dict[str, Any]]:
    state, caller = _state(info), _caller(info)
    found = []
    for item_id in (ids or [])[:100]:
        try:
            found.append(state.item(item_id, caller))
        except MondayResolverError:
            continue
    return found


def _page(info: GraphQLResolveInfo, board_id: str, item_ids: list[str], limit: int,
          offset: int = 0) -> dict[str, Any]:
    if not 1 <= limit <= MAX_PAGE_LIMIT:
        raise MondayResolverError(f"limit must be between 1 and {MAX_PAGE_LIMIT}",
                                  "InvalidArgumentException")
    state = _state(info)
    chunk = item_ids[offset : offset + limit]
    cursor = None
    if offset + limit < len(item_ids):
        cursor = secrets.token_urlsafe(24)
        state.cursors[cursor] = {"board_id": board_id, "item_ids": item_ids,
                                 "offset": offset + limit,
                                 "expires": _ctx(info)["clock"].now() + CURSOR_LIFETIME_SECONDS}
    items = [state.items[i] for i in chunk if state.items[i]["state"] != "deleted"]
    return {"cursor": cursor, "items": items}


def _continue(info: GraphQLResolveInfo, cursor: str, limit: int) -> dict[str, Any]:
    entry = _state(info).cursors.pop(cursor, None)
    if entry is None or entry["expires"] < _ctx(info)["clock"].now():
        raise MondayResolverError(
            "CursorExpiredError: The cursor provided for pagination has expired. Please refresh "
            "your query and obtain a new cursor to continue fetching items", "CursorException")
    return _page(info, entry["board_id"], entry["item_ids"], limit, entry["offset"])


def resolve_board_items_page(board: dict[str, Any], info: GraphQLResolveInfo,
                             limit: int = 25, cursor: str | None = None,
                             **_ignored: Any) -> dict[str, Any]:
    if cursor:
        return _continue(info, cursor, limit)
    ids = [i for i in board["item_ids"] if _state(info).items[i]["state"] == "active"]
    return _page(info, board["id"], ids, limit)


def resolve_next_items_page(_: Any, info: GraphQLResolveInfo, cursor: str,
                            limit: int = 25) -> dict[str, Any]:
    return _continue(info, cursor, limit)


def resolve_items_page_by_column_values(_: Any, info: GraphQLResolveInfo, board_id: str,
                                        limit: int = 25, cursor: str | None = None,
                                        columns: list[dict] | None = None,
                                        **_ignored: Any) -> dict[str, Any]:
    if cursor:
        return _continue(info, cursor, limit)
    state = _state(info)
    board = state.board(board_id, _caller(info))
    matching = []
    for item_id in board["item_ids"]:
        item = state.items[item_id]
        if item["state"] != "active":
            continue
        texts = {cv["id"]: cv["text"] for cv in state.render_item_values(item, None)}
        texts["name"] = item["name"]
        # Values within a column: any of them; several columns: all of them.
        if all(texts.get(c["column_id"]) in {str(v) for v in c["column_values"]}
               for c in columns or ()):
            matching.append(item_id)
    return _page(info, board["id"], matching, limit)


def resolve_webhooks(_: Any, info: GraphQLResolveInfo, board_id: str,
                     **_ignored: Any) -> list[dict[str, Any]]:
    state = _state(info)
    state.board(board_id, _caller(info))
    return [w for w in state.webhooks.values() if w["board_id"] == str(board_id)]


# -- object fields -------------------------------------------------------------------------
def resolve_board_columns(board: dict[str, Any], info: GraphQLResolveInfo,
                          ids: list[str] | None = None, types: list[str] | None = None,
                          **_ignored: Any) -> list[dict[str, Any]]:
    columns = list(board["columns"].values())
    if ids:
        columns = [c for c in columns if c["id"] in ids]
    if types:
        columns = [c for c in columns if c["type"] in types]
    return columns


def resolve_board_groups(board: dict[str, Any], info: GraphQLResolveInfo,
                         ids: list[str] | None = None) -> list[dict[str, Any]]:
    return [g for g in board["groups"] if not ids or g["id"] in ids]


def resolve_items_count(board: dict[str, Any], info: GraphQLResolveInfo) -> int:
    return sum(1 for i in board["item_ids"] if _state(info).items[i]["state"] == "active")


def resolve_item_group(item: dict[str, Any], info: GraphQLResolveInfo) -> dict[str, Any] | None:
    board = _state(info).boards[item["board_id"]]
    return next((g for g in board["groups"] if g["id"] == item["group_id"]), None)


def resolve_item_column_values(item: dict[str, Any], info: GraphQLResolveInfo,
                               ids: list[str] | None = None, types: list[str] | None = None,
                               **_ignored: Any) -> list[dict[str, Any]]:
    values = _state(info).render_item_values(item, ids)
    return [v for v in values if not types or v["type"] in types]


def resolve_column_value_type(value: dict[str, Any], *_: Any) -> str:
    return TYPENAME_FOR_COLUMN_TYPE.get(value["type"], "TextValue")


# -- mutations -----------------------------------------------------------------------------
def resolve_create_board(_: Any, info: GraphQLResolveInfo, board_name: str, board_kind: str,
                         description: str | None = None, workspace_id: str | None = None,
                         **_ignored: Any) -> dict[str, Any]:
    return _state(info).create_board(_caller(info), board_name, board_kind, description,
                                     workspace_id)


def resolve_create_column(_: Any, info: GraphQLResolveInfo, board_id: str, title: str,
                          column_type: str, id: str | None = None, defaults: Any = None,
                          description: str | None = None, **_ignored: Any) -> dict[str, Any]:
    return _state(info).create_column(_caller(info), board_id, title, column_type, id,
                                      defaults, description)


def resolve_create_group(_: Any, info: GraphQLResolveInfo, board_id: str, group_name: str,
                         group_color: str | None = None, **_ignored: Any) -> dict[str, Any]:
    return _state(info).create_group(_caller(info), board_id, group_name, group_color)


def resolve_create_item(_: Any, info: GraphQLResolveInfo, board_id: str, item_name: str,
                        group_id: str | None = None, column_values: Any = None,
                        create_labels_if_missing: bool | None = False,
                        **_ignored: Any) -> dict[str, Any]:
    return _state(info).create_item(_caller(info), board_id, item_name, group_id, column_values,
                                    bool(create_labels_if_missing))


def resolve_change_multiple(_: Any, info: GraphQLResolveInfo, board_id: str, column_values: Any,
                            item_id: str | None = None,
                            create_labels_if_missing: bool | None = False,
                            **_ignored: Any) -> dict[str, Any]:
    return _state(info).change_values(_caller(info), board_id, item_id, column_values,
                                      bool(create_labels_if_missing))


def resolve_change_column_value(_: Any, info: GraphQLResolveInfo, board_id: str, column_id: str,
                                value: Any, item_id: str | None = None,
                                create_labels_if_missing: bool | None = False,
                                **_ignored: Any) -> dict[str, Any]:
    try:
        decoded = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        raise MondayResolverError("value is not valid JSON", "JsonParseException",
                                  status_code=400) from None
    return _state(info).change_values(_caller(info), board_id, item_id,
                                      json.dumps({column_id: decoded}),
                                      bool(create_labels_if_missing))


def resolve_delete_item(_: Any, info: GraphQLResolveInfo, item_id: str | None = None
                        ) -> dict[str, Any]:
    return _state(info).delete_item(str(item_id), _caller(info))


def resolve_archive_item(_: Any, info: GraphQLResolveInfo, item_id: str | None = None
                         ) -> dict[str, Any]:
    return _state(info).archive_item(item_id, _caller(info))


def resolve_create_update(_: Any, info: GraphQLResolveInfo, body: str, item_id: str | None = None,
                          **_ignored: Any) -> dict[str, Any]:
    return _state(info).create_update(_caller(info), item_id, body)


def resolve_create_notification(_: Any, info: GraphQLResolveInfo, user_id: str, target_id: str,
                                text: str, target_type: str) -> dict[str, Any]:
    return _state(info).create_notification(_caller(info), user_id, target_id, text, target_type)


def resolve_complexity(_: Any, info: GraphQLResolveInfo) -> dict[str, Any]:
    return _ctx(info)["complexity"]


def resolve_version(_: Any, info: GraphQLResolveInfo) -> dict[str, Any]:
    return {"kind": "current", "value": _ctx(info)["api_version"], "display_name": "Current"}


def build_executable_schema(create_webhook: Any, delete_webhook: Any) -> GraphQLSchema:
    schema = build_schema(SCHEMA_PATH.read_text())
    bindings = {
        "Query": {
            "me": resolve_me, "account": resolve_account, "boards": resolve_boards,
            "items": resolve_items, "next_items_page": resolve_next_items_page,
            "items_page_by_column_values": resolve_items_page_by_column_values,
            "complexity": resolve_complexity, "webhooks": resolve_webhooks,
            "version": resolve_version,
        },
        "Mutation": {
            "create_board": resolve_create_board, "create_column": resolve_create_column,
            "create_group": resolve_create_group, "create_item": resolve_create_item,
            "change_multiple_column_values": resolve_change_multiple,
            "change_column_value": resolve_change_column_value,
            "delete_item": resolve_delete_item, "archive_item": resolve_archive_item,
            "create_update": resolve_create_update,
            "create_notification": resolve_create_notification,
            "create_webhook": create_webhook, "delete_webhook": delete_webhook,
            "complexity": resolve_complexity,
        },
        "User": {"account": resolve_user_account},
        "Board": {"columns": resolve_board_columns, "groups": resolve_board_groups,
                  "items_page": resolve_board_items_page, "items_count": resolve_items_count},
        "Column": {"settings_str": lambda c, _i: json.dumps(c["settings"])},
        "Item": {"group": resolve_item_group,
                 "board": lambda item, info: _state(info).boards[item["board_id"]],
                 "column_values": resolve_item_column_values,
                 "url": lambda item, _i: f"https://sandbox.monday.test/boards/"
                                          f"{item['board_id']}/pulses/{item['id']}"},
    }
    for type_name, fields in bindings.items():
        graphql_type = schema.get_type(type_name)
        # The bound names are the contract schema's object and interface types.
        assert isinstance(graphql_type, GraphQLObjectType | GraphQLInterfaceType), type_name
        for field_name, resolver in fields.items():
            graphql_type.fields[field_name].resolve = resolver
    column_value = schema.get_type("ColumnValue")
    assert isinstance(column_value, GraphQLInterfaceType)
    column_value.resolve_type = resolve_column_value_type
    return schema
