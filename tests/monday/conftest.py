"""Fixtures for the monday client and sandbox tests: a running sandbox, clients, a board.

Redis comes from the shared fixtures (`redis_url`, `redis_conn`) in tests/conftest.py.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from monday_api import MondayClient, MondayClientSettings
from sandbox.monday.server import RunningSandbox, start_in_thread

# One monday minute lasts one real second in these tests.
CLOCK_SPEED = 60.0

BOARD_COLUMNS = [
    ("key", "SYSPRO key", "text"),
    ("notes", "Notes", "long_text"),
    ("amount", "Amount", "numbers"),
    ("due", "Due date", "date"),
    ("status", "Status", "status"),
    ("link", "Link", "link"),
    ("email", "Email", "email"),
    ("phone", "Phone", "phone"),
    ("tags", "Tags", "dropdown"),
    ("related", "Related", "board_relation"),
    ("paid", "Paid", "checkbox"),
]


def real_schema_path() -> Path:
    """monday's public schema: the copy kept in tests/monday/contract (see its SOURCE.md)."""
    override = os.environ.get("MONDAY_SCHEMA_PATH")
    return Path(override) if override else Path(__file__).with_name("contract") / "schema.graphql"


@pytest.fixture(scope="session")
def real_schema_sdl() -> str:
    path = real_schema_path()
    if not path.is_file():
        pytest.skip(f"monday's schema is not at {path} (set MONDAY_SCHEMA_PATH to its copy)")
    return path.read_text()


def client_settings(api_url: str, **overrides: object) -> MondayClientSettings:
    base = {"api_url": api_url, "connect_timeout": 2.0, "read_timeout": 5.0,
            "backoff_base_seconds": 0.01, "backoff_cap_seconds": 0.1, "max_attempts": 4}
    base.update(overrides)
    return MondayClientSettings(**base)  # type: ignore[arg-type]


@pytest.fixture
def sandbox() -> Iterator[RunningSandbox]:
    running = start_in_thread(clock_speed=CLOCK_SPEED, board_mutations_per_minute=None)
    yield running
    running.stop()


@pytest.fixture
def client(sandbox: RunningSandbox) -> MondayClient:
    return MondayClient("sandbox-token", client_settings(sandbox.api_url))


@pytest.fixture
def board_id(client: MondayClient) -> str:
    board = client.create_board("Supplier invoices")
    for column_id, title, column_type in BOARD_COLUMNS:
        labels = {"status": ["Open", "Paid"], "tags": ["Urgent", "Review"]}.get(column_id)
        client.create_column(board.id, title, column_type, column_id=column_id, labels=labels)
    return board.id
