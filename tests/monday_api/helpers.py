"""What the monday client and sandbox tests share besides fixtures: the clock speed, client
settings for a sandbox, the columns of a test board, and where monday's schema is kept."""

from __future__ import annotations

import os
from pathlib import Path

from monday_api import MondayClientSettings

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
    """monday's public schema: the copy kept in tests/monday_api/contract (see its SOURCE.md)."""
    override = os.environ.get("MONDAY_SCHEMA_PATH")
    return Path(override) if override else Path(__file__).with_name("contract") / "schema.graphql"


def client_settings(api_url: str, **overrides: object) -> MondayClientSettings:
    base = {"api_url": api_url, "connect_timeout": 2.0, "read_timeout": 5.0,
            "backoff_base_seconds": 0.01, "backoff_cap_seconds": 0.1, "max_attempts": 4}
    base.update(overrides)
    return MondayClientSettings(**base)  # type: ignore[arg-type]
