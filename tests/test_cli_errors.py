"""One handler ends every CLI failure with one line: what failed, why, what to do."""

from __future__ import annotations

import logging

import click
import pytest
import redis
from click.testing import CliRunner

from cli.errors import FriendlyGroup
from config.settings import SettingsError
from monday_api.errors import (
    ErrorAction,
    ErrorDetails,
    MondayUnavailable,
    ReauthenticationRequired,
)
from store.errors import NotFound
from syspro.errors import SysproError


def _group(error: Exception) -> click.Group:
    group = FriendlyGroup(name="ml-connector")

    @group.group()
    def sync() -> None:
        pass

    @sync.command()
    @click.argument("board_sync_id")
    @click.option("--password")
    def run(board_sync_id: str, password: str | None) -> None:
        raise error

    return group


def _details(message: str, status: int | None = 500) -> ErrorDetails:
    return ErrorDetails(ErrorAction.FAIL_RUN, "CreateItems", message, http_status=status)


CASES = [
    (RuntimeError("boom"), 1, "RuntimeError: boom. Set LOG_LEVEL=DEBUG"),
    (MondayUnavailable(_details("Internal server error")), 1, "Try again in a few minutes"),
    (ReauthenticationRequired(_details("Unauthorized", 401)), 1, "Reinstall the app"),
    (SysproError("logon failed"), 1, "ml-connector connection test ID"),
    (redis.exceptions.ConnectionError("refused"), 1, "correct REDIS_URL"),
    (NotFound("board sync 9 not found"), 1, "board sync 9 not found"),
    (SettingsError("DATABASE_URL is required"), 2, "Correct the environment variable"),
]


@pytest.mark.parametrize(("error", "code", "hint"), CASES, ids=lambda c: type(c).__name__)
def test_one_line_no_traceback(error: Exception, code: int, hint: str, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="cli")
    result = CliRunner().invoke(_group(error), ["sync", "run", "3", "--password", "s3cret"])
    assert result.exit_code == code
    assert isinstance(result.exception, SystemExit)  # handled: nothing escaped
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith("Error: ml-connector sync run failed: ")
    assert hint in lines[0] and "s3cret" not in lines[0]
    # The traceback is kept for whoever asks for debug logs.
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert debug and debug[0].exc_info is not None
