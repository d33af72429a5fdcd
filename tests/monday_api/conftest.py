"""Fixtures of the monday client and sandbox tests: a running sandbox, a client, a board.

Redis comes from the shared fixtures (`redis_url`, `redis_conn`) in tests/conftest.py; plain
helpers (client settings, the board's columns) are in helpers.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monday_api import MondayClient
from sandbox.monday.server import RunningSandbox, start_in_thread
from tests.monday_api.helpers import BOARD_COLUMNS, CLOCK_SPEED, client_settings, real_schema_path


@pytest.fixture(scope="session")
def real_schema_sdl() -> str:
    path = real_schema_path()
    if not path.is_file():
        pytest.skip(f"monday's schema is not at {path} (set MONDAY_SCHEMA_PATH to its copy)")
    return path.read_text()


@pytest.fixture
def monday_sandbox() -> Iterator[RunningSandbox]:
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=None)
    yield running
    running.stop()


@pytest.fixture
def monday_client(monday_sandbox: RunningSandbox) -> MondayClient:
    return MondayClient("sandbox-token", client_settings(monday_sandbox.api_url))


@pytest.fixture
def board_id(monday_client: MondayClient) -> str:
    board = monday_client.create_board("Supplier invoices")
    for column_id, title, column_type in BOARD_COLUMNS:
        labels = {"status": ["Open", "Paid"], "tags": ["Urgent", "Review"]}.get(column_id)
        monday_client.create_column(board.id, title, column_type, column_id=column_id,
                                    labels=labels)
    return board.id
