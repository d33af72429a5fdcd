"""A full board (monday's cap of items created through the API per board) is classified in
the one place, as BOARD_FULL: a batch answers per item, a single create raises BoardFullError;
archive_item keeps the item, its id and its updates; whether archived items still count is a
sandbox setting."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from monday_api import BoardFullError, ErrorAction, MondayClient
from monday_api.classify import board_full, classify, parse_response
from monday_api.models import NewItem
from sandbox.monday.server import RunningSandbox, start_in_thread
from tests.monday_api.helpers import client_settings

CAP = 5


def _answer(code: str) -> dict:
    return {"errors": [{"message": "x", "extensions": {"code": code, "status_code": 200}}]}


def test_items_limitation_is_board_full_not_a_failed_run() -> None:
    details = classify("CreateItem", parse_response(200, {}, json.dumps(
        _answer("ItemsLimitationException"))))
    assert details is not None and details.action == ErrorAction.BOARD_FULL
    assert board_full(BoardFullError(details))
    other = classify("CreateItem", parse_response(200, {}, json.dumps(
        _answer("InvalidBoardIdException"))))
    assert other is not None and other.action == ErrorAction.FAIL_RUN


def sandbox_with(archived_count: bool) -> Iterator[RunningSandbox]:
    running = start_in_thread(board_mutations_per_minute=None, board_item_cap=CAP,
                              archived_items_count=archived_count)
    yield running
    running.stop()


@pytest.fixture
def capped_sandbox() -> Iterator[RunningSandbox]:
    yield from sandbox_with(False)


@pytest.fixture
def archive_counting_sandbox() -> Iterator[RunningSandbox]:
    yield from sandbox_with(True)


def fill(client: MondayClient) -> tuple[str, list[str]]:
    board = client.create_board("Capped")
    rows = [NewItem(name=f"item {n}", idempotency_key=f"k{n}") for n in range(CAP + 2)]
    results = client.create_items(board.id, rows)
    made = [r.item_id for r in results if r.item_id]
    refused = [r for r in results if r.error is not None]
    assert len(made) == CAP and len(refused) == 2
    assert all(isinstance(r.error, BoardFullError) for r in refused)  # per item, no split
    return board.id, [m for m in made if m]


def test_a_full_board_refuses_each_create_past_the_cap(capped_sandbox: RunningSandbox) -> None:
    client = MondayClient("sandbox-token", client_settings(capped_sandbox.api_url))
    board_id, made = fill(client)
    with pytest.raises(BoardFullError):
        client.create_item(board_id, "one more")
    archived = client.archive_items(board_id, made[:2])
    assert [r.item_id for r in archived] == made[:2] and not any(r.error for r in archived)
    # Archived items keep their id and take updates; they leave the cap (sandbox default).
    client.change_column_values(board_id, made[0], {"name": "renamed while archived"})
    assert client.create_item(board_id, "fits again").id
    state = capped_sandbox.app.extensions["monday_sandbox"].state
    assert state.items[made[0]]["state"] == "archived"
    assert state.items[made[0]]["name"] == "renamed while archived"


def test_archived_items_can_be_set_to_keep_counting(
        archive_counting_sandbox: RunningSandbox) -> None:
    client = MondayClient("sandbox-token", client_settings(archive_counting_sandbox.api_url))
    board_id, made = fill(client)
    client.archive_items(board_id, made[:2])
    with pytest.raises(BoardFullError):
        client.create_item(board_id, "still full")
