"""The sandbox's stored monday data, in memory behind one lock.

Boards, groups, columns (with settings), items with column values, updates, webhooks, tokens and
OAuth codes. Every write that monday would announce through a webhook calls ``on_event``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sandbox.monday.errors import MondayResolverError
from sandbox.monday.values import render_value, store_value

SANDBOX_TOKEN = "sandbox-token"
VALID_COLUMN_TYPES = {
    "text", "long_text", "numbers", "date", "status", "link", "email", "phone", "dropdown",
    "board_relation", "checkbox",
}


def iso_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Caller:
    """Who a request is from: resolved from its token."""

    account_id: int
    user_id: int
    token_kind: str  # "app" (OAuth/sandbox token: webhooks are JWT-signed) or "person"


@dataclass
class SandboxState:
    on_event: Callable[[str, dict[str, Any]], None] = lambda kind, event: None
    lock: threading.RLock = field(default_factory=threading.RLock)
    # Items created through the API a board may hold (ItemsLimitationException past it), and
    # whether archived items still count (FACTS does not say: a sandbox setting).
    item_cap: int = 10_000
    archived_items_count: bool = False

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self._ids = itertools.count(5_000_000_001)
            self.accounts: dict[int, dict[str, Any]] = {1: {
                "id": "1", "name": "Sandbox Account", "slug": "sandbox", "tier": "pro",
                "plan": {"tier": "pro", "max_users": 50, "period": "monthly", "version": 1},
            }}
            self.users: dict[int, dict[str, Any]] = {1: {
                "id": "1", "name": "Sandbox User", "email": "user@sandbox.test", "account_id": 1,
            }}
            self.tokens: dict[str, Caller] = {SANDBOX_TOKEN: Caller(1, 1, "app")}
            self.boards: dict[str, dict[str, Any]] = {}
            self.items: dict[str, dict[str, Any]] = {}
            self.updates: dict[str, dict[str, Any]] = {}
            self.notifications: list[dict[str, Any]] = []
            self.webhooks: dict[str, dict[str, Any]] = {}
            self.cursors: dict[str, dict[str, Any]] = {}
            # Values monday refuses whatever the column (fault injection for record errors).
            self.refused_values: set[str] = set()
            # Rises on every change to an item or its updates; each item keeps the revision of
            # its last change ("rev"), so a page can ask for what changed since it last looked.
            self.revision = 0

    def next_id(self) -> str:
        return str(next(self._ids))

    def touch(self, item: dict[str, Any]) -> None:
        """Mark ``item`` changed (caller holds the lock): it gets the next revision."""
        self.revision += 1
        item["rev"] = self.revision

    # -- lookups -------------------------------------------------------------------------
    def board(self, board_id: Any, caller: Caller | None = None) -> dict[str, Any]:
        board = self.boards.get(str(board_id))
        if board is None or (caller and board["account_id"] != caller.account_id):
            raise MondayResolverError(f"Board {board_id} not found", "InvalidBoardIdException",
                                      {"board_id": str(board_id)})
        return board

    def item(self, item_id: Any, caller: Caller | None = None) -> dict[str, Any]:
        item = self.items.get(str(item_id))
        if item is None or item["state"] == "deleted" or (
            caller and self.boards[item["board_id"]]["account_id"] != caller.account_id
        ):
            raise MondayResolverError(f"Item {item_id} not found", "ResourceNotFoundException",
                                      {"item_id": str(item_id)}, status_code=404)
        return item

    def item_name(self, item_id: str) -> str | None:
        item = self.items.get(str(item_id))
        return item["name"] if item else None

    # -- structure -----------------------------------------------------------------------
    def create_board(self, caller: Caller, name: str, kind: str, description: str | None,
                     workspace_id: str | None) -> dict[str, Any]:
        with self.lock:
            board_id = self.next_id()
            board: dict[str, Any] = {
                "id": board_id, "name": name, "board_kind": kind, "state": "active",
                "description": description, "workspace_id": workspace_id,
                "account_id": caller.account_id, "columns": {}, "groups": [],
                "item_ids": [], "items_created_via_api": 0,
            }
            board["columns"]["name"] = {"id": "name", "title": "Name", "type": "name",
                                        "settings": {}, "description": None, "archived": False}
            self.boards[board_id] = board
            self.create_group(caller, board_id, "Group Title", None, group_id="topics")
            return board

    def create_column(self, caller: Caller, board_id: str, title: str, column_type: str,
                      column_id: str | None, defaults: Any, description: str | None
                      ) -> dict[str, Any]:
        with self.lock:
            board = self.board(board_id, caller)
            if column_type not in VALID_COLUMN_TYPES:
                raise MondayResolverError(f"Column type {column_type} is not supported here",
                                          "InvalidArgumentException")
            if isinstance(defaults, str):
                try:
                    defaults = json.loads(defaults) if defaults else {}
                except ValueError:
                    raise MondayResolverError("defaults is not valid JSON",
                                              "JsonParseException", status_code=400) from None
            defaults = defaults or {}
            settings = dict(defaults.get("settings") or defaults)
            if column_id is None:
                column_id = f"{column_type}_{len(board['columns'])}"
            if column_id in board["columns"]:
                raise MondayResolverError(f"Column id {column_id} already exists",
                                          "InvalidColumnIdException")
            column = {"id": column_id, "title": title, "type": column_type,
                      "settings": settings, "description": description, "archived": False}
            board["columns"][column_id] = column
            return column

    def create_group(self, caller: Caller, board_id: str, name: str, color: str | None,
                     group_id: str | None = None) -> dict[str, Any]:
        with self.lock:
            board = self.board(board_id, caller)
            group = {"id": group_id or f"group_{uuid.uuid4().hex[:8]}", "title": name,
                     "color": color or "#579bfc", "position": str(len(board["groups"]) + 1),
                     "archived": False, "deleted": False}
            board["groups"].append(group)
            return group

    # -- items ---------------------------------------------------------------------------
    def _parse_column_values(self, raw: Any) -> dict[str, Any]:
        if raw is None:
            return {}
        if isinstance(raw, dict):
            # An object where a JSON string is expected: monday documents the string form.
            raise MondayResolverError("column_values must be a JSON-encoded string",
                                      "InvalidArgumentException")
        try:
            parsed = json.loads(raw)
        except (TypeError, ValueError):
            raise MondayResolverError("column_values is not valid JSON", "JsonParseException",
                                      status_code=400) from None
        if not isinstance(parsed, dict):
            raise MondayResolverError("column_values must be a JSON object",
                                      "InvalidArgumentException")
        return parsed

    def _apply_values(self, board: dict[str, Any], item: dict[str, Any], values: dict[str, Any],
                      create_missing: bool) -> list[tuple[dict, Any, Any]]:
        staged: list[tuple[dict, Any, Any]] = []
        for column_id, value in values.items():
            if column_id == "name":
                continue
            column = board["columns"].get(column_id)
            if column is None:
                raise MondayResolverError(f"This column ID doesn't exist for the board: "
                                          f"{column_id}", "InvalidColumnIdException",
                                          {"column_id": column_id})
            # A date is refused by its day ({"date": "2031-02-28"}), any other by its value.
            shown = value.get("date") if isinstance(value, dict) else value
            if isinstance(shown, str | int | float) and str(shown) in self.refused_values:
                raise MondayResolverError(
                    "invalid value - this value cannot be stored. Please check our API "
                    "documentation for the correct data structure for this column.",
                    "ColumnValueException", {"column_type": column["type"],
                                             "column_id": column_id})
            stored = store_value(column, value, create_missing=create_missing,
                                 item_exists=lambda i: i in self.items)
            staged.append((column, item["values"].get(column_id), stored))
        for column, _, stored in staged:  # all validated first: a bad value writes nothing
            item["values"][column["id"]] = stored
        return staged

    def create_item(self, caller: Caller, board_id: str, name: str, group_id: str | None,
                    column_values: Any, create_missing: bool) -> dict[str, Any]:
        with self.lock:
            board = self.board(board_id, caller)
            if not 1 <= len(name or "") <= 255:
                raise MondayResolverError("Item name must be 1 to 255 characters",
                                          "ItemNameTooLongException")
            if board["items_created_via_api"] >= self.item_cap:
                # FACTS §3: HTTP 200, errors[].extensions.code ItemsLimitationException.
                raise MondayResolverError(
                    f"This board has reached the limit of {self.item_cap} items created "
                    "through the API", "ItemsLimitationException",
                    {"board_id": board["id"], "limit": self.item_cap})
            group = next((g for g in board["groups"] if g["id"] == group_id),
                         None) if group_id else board["groups"][0]
            if group is None:
                raise MondayResolverError(f"Group {group_id} not found",
                                          "ResourceNotFoundException", status_code=404)
            values = self._parse_column_values(column_values)
            now = iso_now()
            item = {"id": self.next_id(), "name": name, "board_id": board["id"],
                    "group_id": group["id"], "state": "active", "created_at": now,
                    "updated_at": now, "values": {}, "creator_id": caller.user_id}
            self._apply_values(board, item, values, create_missing)
            self.touch(item)
            self.items[item["id"]] = item
            board["item_ids"].append(item["id"])
            board["items_created_via_api"] += 1
            self.on_event("create_item", {"item": item, "board": board, "group": group,
                                          "user_id": caller.user_id})
            return item

    def change_values(self, caller: Caller, board_id: str, item_id: str | None,
                      column_values: Any, create_missing: bool) -> dict[str, Any]:
        with self.lock:
            board = self.board(board_id, caller)
            item = self.item(item_id, caller)
            if item["board_id"] != board["id"]:
                raise MondayResolverError(f"Item {item_id} is not on board {board_id}",
                                          "ResourceNotFoundException", status_code=404)
            values = self._parse_column_values(column_values)
            old_name = item["name"]
            if "name" in values:
                item["name"] = str(values["name"])
            staged = self._apply_values(board, item, values, create_missing)
            item["updated_at"] = iso_now()
            self.touch(item)
            if item["name"] != old_name:
                self.on_event("change_name", {"item": item, "board": board,
                                              "previous": old_name, "user_id": caller.user_id})
            for column, previous, stored in staged:
                if previous != stored:
                    self.on_event("change_column_value", {
                        "item": item, "board": board, "column": column, "previous": previous,
                        "value": stored, "user_id": caller.user_id})
            return item

    def delete_item(self, item_id: str, caller: Caller | None = None) -> dict[str, Any]:
        """A person deletes an item (monday keeps it in the trash: gone for the API)."""
        with self.lock:
            item = self.item(item_id, caller)
            if self._counted(item):
                self.boards[item["board_id"]]["items_created_via_api"] -= 1
            item["state"] = "deleted"
            self.touch(item)
            return item

    def archive_item(self, item_id: str | None, caller: Caller | None = None
                     ) -> dict[str, Any]:
        """archive_item: the item keeps its id and takes updates by id; items_page and
        by-column lookups leave it out. It stops counting toward the cap unless
        `archived_items_count`."""
        with self.lock:
            item = self.item(item_id, caller)
            if item["state"] == "active":
                counted = self._counted(item)
                item["state"] = "archived"
                if counted and not self._counted(item):
                    self.boards[item["board_id"]]["items_created_via_api"] -= 1
                self.touch(item)
            return item

    def _counted(self, item: dict[str, Any]) -> bool:
        return item["state"] == "active" or (
            item["state"] == "archived" and self.archived_items_count)

    def render_item_values(self, item: dict[str, Any], ids: list[str] | None
                           ) -> list[dict[str, Any]]:
        board = self.boards[item["board_id"]]
        rendered = []
        for column_id, column in board["columns"].items():
            if column_id == "name" or (ids and column_id not in ids):
                continue
            rendered.append(render_value(column, item["values"].get(column_id), self.item_name))
        return rendered

    def create_notification(self, caller: Caller, user_id: str, target_id: str, text: str,
                            target_type: str) -> dict[str, Any]:
        """monday sends it to the user's bell; here it is kept for /_sandbox/notifications.
        A Project target is a board or an item of the caller's account."""
        with self.lock:
            if not str(user_id).isdigit() or int(user_id) not in self.users:
                raise MondayResolverError(f"User {user_id} not found",
                                          code="InvalidUserIdException")
            if target_type == "Project" and target_id not in self.boards:
                self.item(target_id, caller)  # raises like monday for an unknown target
            notification = {"id": self.next_id(), "text": text, "user_id": str(user_id),
                            "target_id": str(target_id), "target_type": target_type,
                            "created_at": iso_now(), "sender_id": str(caller.user_id)}
            self.notifications.append(notification)
            return notification

    def create_update(self, caller: Caller, item_id: str | None, body: str) -> dict[str, Any]:
        with self.lock:
            item = self.item(item_id, caller)
            update = {"id": self.next_id(), "body": body, "text_body": body,
                      "item_id": item["id"], "created_at": iso_now(),
                      "creator_id": str(caller.user_id)}
            self.updates[update["id"]] = update
            self.touch(item)
            self.on_event("create_update", {"item": item, "board": self.boards[item["board_id"]],
                                            "update": update, "user_id": caller.user_id})
            return update
