"""MondayClient: the named operations a sync needs, on top of the paced transport."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import requests

from monday_api import queries
from monday_api.batch_writes import write_batched
from monday_api.errors import (
    ErrorAction,
)
from monday_api.keys import idempotency_key
from monday_api.models import (
    Account,
    Board,
    Column,
    Group,
    Item,
    ItemChange,
    Me,
    NewItem,
    Update,
    Webhook,
    WriteResult,
)
from monday_api.pacing import BoardWriterLock, RedisPacer
from monday_api.pages import walk_pages
from monday_api.settings import MondayClientSettings
from monday_api.tokens import TokenSource
from monday_api.transport import GraphQLResult, GraphQLTransport

MAX_PAGE_LIMIT = 500  # monday's maximum for items_page and items_page_by_column_values
DEFAULT_BATCH_SIZE = 25


def _column_values_json(values: str | Mapping[str, Any] | None) -> str | None:
    if values is None or isinstance(values, str):
        return values
    return json.dumps(dict(values), ensure_ascii=False, separators=(",", ":"))


class MondayClient:
    """monday GraphQL operations for one token (a string, or a TokenSource that refreshes).

    ``pacer`` (a :class:`RedisPacer` on a shared ``redis.Redis``) and ``account_id`` enable the
    shared pacing; without them requests go out unpaced (fine for one-off calls).
    """

    def __init__(
        self,
        token: str | TokenSource,
        settings: MondayClientSettings | None = None,
        *,
        pacer: RedisPacer | None = None,
        account_id: str | int | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.settings = settings or MondayClientSettings.from_env()
        self.pacer = pacer
        self.transport = GraphQLTransport(
            self.settings, token, pacer=pacer, account_id=account_id, session=session, sleep=sleep
        )

    @property
    def stats(self):
        return self.transport.stats

    @property
    def account_id(self) -> str | int | None:
        return self.transport.account_id

    # -- plumbing ------------------------------------------------------------------------
    def execute(self, operation: str, query: str, variables: Mapping[str, Any] | None = None,
                **kwargs: Any) -> GraphQLResult:
        return self.transport.execute(operation, query, variables, **kwargs)

    def _mutate(
        self,
        operation: str,
        query: str,
        variables: Mapping[str, Any],
        *,
        board_id: str | int | None,
        count: int = 1,
        key: str | None = None,
        allow_record_errors: bool = False,
    ) -> GraphQLResult:
        return self.transport.execute(
            operation,
            query,
            variables,
            board_mutations={str(board_id): count} if board_id is not None else None,
            idempotency_key=key or idempotency_key(operation, variables),
            allow_record_errors=allow_record_errors,
        )

    @contextlib.contextmanager
    def board_writer(
        self, board_id: str | int, *, wait_seconds: float | None = None
    ) -> Iterator[BoardWriterLock]:
        """One writer per board: hold this around a push to a board."""
        if self.pacer is None:
            raise RuntimeError("board_writer needs a RedisPacer")
        with self.pacer.board_writer(board_id, wait_seconds=wait_seconds) as lock:
            yield lock

    # -- reads ---------------------------------------------------------------------------
    def me(self) -> Me:
        data = self.execute("MeAndAccount", queries.ME_AND_ACCOUNT).data["me"]
        account = data["account"]
        plan = account.get("plan") or {}
        if self.transport.account_id is None:
            self.transport.account_id = account["id"]
        return Me(
            user_id=data["id"],
            name=data["name"],
            email=data.get("email"),
            account=Account(
                id=account["id"],
                name=account["name"],
                slug=account.get("slug"),
                tier=account.get("tier"),
                plan_tier=plan.get("tier"),
                max_users=plan.get("max_users"),
            ),
        )

    def boards(self, ids: Sequence[str | int] | None = None, *, limit: int = 25,
               page: int = 1) -> list[Board]:
        variables = {"ids": [str(i) for i in ids] if ids else None, "limit": limit, "page": page}
        data = self.execute("BoardsWithColumns", queries.BOARDS_WITH_COLUMNS, variables).data
        return [Board.from_api(b) for b in data.get("boards") or () if b]

    def board(self, board_id: str | int) -> Board | None:
        found = self.boards([board_id], limit=1)
        return found[0] if found else None

    def find_items_by_column_values(
        self,
        board_id: str | int,
        column_id: str,
        values: Iterable[str],
        *,
        batch_size: int = 100,
        page_limit: int = MAX_PAGE_LIMIT,
        column_ids: Sequence[str] | None = None,
    ) -> dict[str, list[Item]]:
        """Items whose ``column_id`` equals any of ``values``, many values per request.

        Returns {value: [items]} (values with no item are absent). ``column_ids`` limits the
        column values read back; the key column is always included.
        """
        wanted = list(dict.fromkeys(str(v) for v in values))
        read_ids = list(dict.fromkeys([column_id, *(column_ids or ())])) if column_ids else None
        found: dict[str, list[Item]] = {}
        for start in range(0, len(wanted), batch_size):
            chunk = wanted[start : start + batch_size]
            first = {
                "board_id": str(board_id),
                "columns": [{"column_id": column_id, "column_values": chunk}],
                "limit": min(page_limit, MAX_PAGE_LIMIT),
                "column_ids": read_ids,
            }
            for item in walk_pages(self.execute,
                "ItemsByColumnValues", queries.ITEMS_BY_COLUMN_VALUES, first,
                "ItemsByColumnValuesNext", queries.ITEMS_BY_COLUMN_VALUES_NEXT,
                lambda d: d["items_page_by_column_values"],
                lambda d: d["items_page_by_column_values"],
            ):
                key = item.text(column_id)
                if key is None:
                    key = str(item.value(column_id) or "")
                if key in chunk:
                    found.setdefault(key, []).append(item)
        return found

    def iter_items(
        self,
        board_id: str | int,
        *,
        page_limit: int = MAX_PAGE_LIMIT,
        column_ids: Sequence[str] | None = None,
    ) -> Iterator[Item]:
        """Every item of a board, page by page (restarting if a cursor expires)."""
        first = {
            "board_id": str(board_id),
            "limit": min(page_limit, MAX_PAGE_LIMIT),
            "column_ids": list(column_ids) if column_ids else None,
        }
        yield from walk_pages(self.execute,
            "BoardItemsFirstPage", queries.BOARD_ITEMS_FIRST_PAGE, first,
            "BoardItemsNextPage", queries.BOARD_ITEMS_NEXT_PAGE,
            lambda d: (d.get("boards") or [{}])[0].get("items_page") or {"items": []},
            lambda d: d["next_items_page"],
        )

    def webhooks(self, board_id: str | int) -> list[Webhook]:
        data = self.execute("ListWebhooks", queries.LIST_WEBHOOKS, {"board_id": str(board_id)}).data
        return [Webhook(**w) for w in data.get("webhooks") or () if w]

    # -- structure -----------------------------------------------------------------------
    def create_board(self, name: str, *, kind: str = "public", workspace_id: str | None = None,
                     description: str | None = None, empty: bool = True,
                     idempotency_key: str | None = None) -> Board:
        variables = {"board_name": name, "board_kind": kind, "workspace_id": workspace_id,
                     "description": description, "empty": empty}
        result = self._mutate("CreateBoard", queries.CREATE_BOARD, variables, board_id=None,
                              key=idempotency_key)
        raw = result.data["create_board"]
        return Board(id=raw["id"], name=raw["name"])

    def create_column(
        self,
        board_id: str | int,
        title: str,
        column_type: str,
        *,
        column_id: str | None = None,
        labels: Sequence[str] | Mapping[int, str] | None = None,
        defaults: Mapping[str, Any] | None = None,
        description: str | None = None,
        idempotency_key: str | None = None,
    ) -> Column:
        """Create a column; ``labels`` fills a status column (by index) or a dropdown."""
        if labels is not None and defaults is None:
            by_index = dict(labels) if isinstance(labels, Mapping) else {
                # Index 5 is monday's blank default label; skip it for our own labels.
                i: label for i, label in zip((i for i in range(0, 160) if i != 5), labels,
                                             strict=False)
            }
            if column_type == "dropdown":
                defaults = {"settings": {"labels": [{"id": i + 1, "name": v} for i, v in
                                                    enumerate(by_index.values())]}}
            else:
                defaults = {"labels": {str(i): v for i, v in by_index.items()}}
        variables = {
            "board_id": str(board_id), "id": column_id, "title": title,
            "column_type": column_type, "description": description, "after_column_id": None,
            # The documented form is a JSON-encoded string (FACTS §4).
            "defaults": json.dumps(defaults) if defaults is not None else None,
        }
        result = self._mutate("CreateColumn", queries.CREATE_COLUMN, variables,
                              board_id=board_id, key=idempotency_key)
        return Column.from_api(result.data["create_column"])

    def create_group(self, board_id: str | int, name: str, *, color: str | None = None,
                     idempotency_key: str | None = None) -> Group:
        variables = {"board_id": str(board_id), "group_name": name, "group_color": color}
        result = self._mutate("CreateGroup", queries.CREATE_GROUP, variables, board_id=board_id,
                              key=idempotency_key)
        return Group.from_api(result.data["create_group"])

    # -- items ---------------------------------------------------------------------------
    def create_item(self, board_id: str | int, name: str,
                    column_values: str | Mapping[str, Any] | None = None, *,
                    group_id: str | None = None, create_labels_if_missing: bool = False,
                    idempotency_key: str | None = None) -> Item:
        variables = {"board_id": str(board_id), "group_id": group_id, "item_name": name,
                     "column_values": _column_values_json(column_values),
                     "create_labels_if_missing": create_labels_if_missing}
        result = self._mutate("CreateItem", queries.CREATE_ITEM, variables, board_id=board_id,
                              key=idempotency_key)
        return Item.from_api(result.data["create_item"])

    def change_column_values(self, board_id: str | int, item_id: str | int,
                             column_values: str | Mapping[str, Any], *,
                             create_labels_if_missing: bool = False,
                             idempotency_key: str | None = None) -> Item:
        variables = {"board_id": str(board_id), "item_id": str(item_id),
                     "column_values": _column_values_json(column_values),
                     "create_labels_if_missing": create_labels_if_missing}
        result = self._mutate("ChangeColumnValues", queries.CHANGE_COLUMN_VALUES, variables,
                              board_id=board_id, key=idempotency_key)
        return Item.from_api(result.data["change_multiple_column_values"])

    def create_items(self, board_id: str | int, rows: Sequence[NewItem], *,
                     batch_size: int = DEFAULT_BATCH_SIZE,
                     create_labels_if_missing: bool = False) -> list[WriteResult]:
        """Create many items, several per request (aliases); per-item errors are returned."""
        payload = [{"item_name": r.name, "group_id": r.group_id,
                    "column_values": _column_values_json(r.column_values)} for r in rows]
        keys = [r.idempotency_key for r in rows]
        return write_batched(self._mutate, self.pacer, queries.CREATE_ITEMS_BATCH, board_id,
                             payload, keys, batch_size, create_labels_if_missing)

    def change_column_values_batch(self, board_id: str | int, changes: Sequence[ItemChange], *,
                                   batch_size: int = DEFAULT_BATCH_SIZE,
                                   create_labels_if_missing: bool = False) -> list[WriteResult]:
        payload = [{"item_id": str(c.item_id),
                    "column_values": _column_values_json(c.column_values)} for c in changes]
        return write_batched(self._mutate, self.pacer, queries.CHANGE_COLUMN_VALUES_BATCH,
                             board_id, payload, [None] * len(changes), batch_size,
                             create_labels_if_missing)

    def archive_items(self, board_id: str | int, item_ids: Sequence[str | int], *,
                      batch_size: int = DEFAULT_BATCH_SIZE) -> list[WriteResult]:
        """Archive items (several per request). An archived item keeps its id, can still be
        updated by id, and is left out of items_page and by-column lookups (FACTS §4)."""
        payload = [{"item_id": str(i)} for i in item_ids]
        keys: list[str | None] = [f"archive-item-{i}" for i in item_ids]
        return write_batched(self._mutate, self.pacer, queries.ARCHIVE_ITEMS_BATCH, board_id,
                             payload, keys, batch_size, False, shared={})

    def ping(self) -> None:
        """A cheap read: raises when monday does not answer (tells an outage from a bad
        record)."""
        self.execute("Ping", queries.PING)

    def create_update(self, item_id: str | int, body: str, *, board_id: str | int | None = None,
                      idempotency_key: str | None = None) -> Update:
        variables = {"item_id": str(item_id), "body": body}
        result = self._mutate("CreateUpdate", queries.CREATE_UPDATE, variables,
                              board_id=board_id, key=idempotency_key)
        raw = result.data["create_update"]
        return Update(id=raw["id"], body=raw["body"], created_at=raw.get("created_at"))

    # -- webhooks ------------------------------------------------------------------------
    def create_webhook(self, board_id: str | int, url: str, event: str,
                       config: Mapping[str, Any] | None = None, *,
                       idempotency_key: str | None = None) -> Webhook:
        variables = {"board_id": str(board_id), "url": url, "event": event,
                     "config": json.dumps(config) if config is not None else None}
        result = self._mutate("CreateWebhook", queries.CREATE_WEBHOOK, variables,
                              board_id=None, key=idempotency_key)
        return Webhook(**result.data["create_webhook"])

    def delete_webhook(self, webhook_id: str | int) -> Webhook:
        result = self._mutate("DeleteWebhook", queries.DELETE_WEBHOOK, {"id": str(webhook_id)},
                              board_id=None)
        return Webhook(**result.data["delete_webhook"])


__all__ = ["MondayClient", "idempotency_key", "ErrorAction"]
