"""The one place where a failed CLI command becomes one line a person can act on.

Every command runs inside :class:`FriendlyGroup.invoke`: an exception no command handled is
logged with its traceback at debug level and shown as `Error: <what failed>: <why>. <what to
do>`, exit code 1. Commands never catch errors just to print them.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import click
import redis
import requests
from flask.cli import AppGroup

from config.settings import SettingsError
from monday_api.classify import server_side
from monday_api.errors import (
    MondayError,
    MondayUnavailable,
    ReauthenticationRequired,
    RetriesExhaustedError,
)
from store.errors import NotFound, ValidationError
from sync.errors import scrub
from syspro.errors import SysproError

log = logging.getLogger("cli")

DEBUG_HINT = "Set LOG_LEVEL=DEBUG to log the traceback."


def advice(exc: BaseException) -> str:
    """Why it failed and what to do, in one sentence or two."""
    message = scrub(" ".join(str(exc).split()))[:300] or type(exc).__name__
    if isinstance(exc, MondayError):
        return _monday_advice(exc)
    if isinstance(exc, NotFound | ValidationError):
        return f"{message}. Check the ids with the matching `list` command."
    if isinstance(exc, SettingsError):
        return f"{message}. Correct the environment variable and run the command again."
    if isinstance(exc, SysproError):
        return (f"SYSPRO refused or did not answer: {message}. Check the connection with "
                "`ml-connector connection test ID`.")
    if isinstance(exc, redis.exceptions.ConnectionError):
        return f"Redis is not reachable ({message}). Start Redis or correct REDIS_URL."
    if type(exc).__module__.startswith("sqlalchemy."):  # only store/ imports SQLAlchemy
        return (f"the database refused the command ({type(exc).__name__}). Check "
                "DATABASE_URL and run `ml-connector db upgrade`.")
    if isinstance(exc, requests.RequestException):
        return f"a network call failed: {message}. Check the address and try again."
    return f"{type(exc).__name__}: {message}. {DEBUG_HINT}"


def _monday_advice(exc: MondayError) -> str:
    message = scrub(exc.monday_message)[:300]
    if isinstance(exc, ReauthenticationRequired):
        return (f"monday refused the app's token ({message}). Reinstall the app on the account "
                "or add a fresh token with `ml-connector account add`.")
    if isinstance(exc, MondayUnavailable) or (
        type(exc) is RetriesExhaustedError and server_side(exc)
    ):
        return (f"monday is unavailable ({message}); no record was blamed. Try again in a few "
                "minutes.")
    if isinstance(exc, RetriesExhaustedError):
        return f"monday kept asking to wait ({message}). Try again later."
    return f"monday refused the request: {message}. {DEBUG_HINT}"


def _ensure_logging() -> None:
    # Commands that build no app have no log handler yet; LOG_LEVEL=DEBUG must still work.
    if not logging.getLogger().handlers:
        level = os.environ.get("LOG_LEVEL", "WARNING").upper()
        logging.basicConfig(level=level if level in logging.getLevelNamesMapping() else "WARNING",
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class UsageProblem(click.ClickException):
    """Bad settings: exit code 2, like a usage error (what `main` has always answered)."""

    exit_code = 2


class FriendlyGroup(AppGroup):
    """The root `ml-connector` group: turns any unhandled failure into one line."""

    _argv: Sequence[str] = ()

    def main(self, args: Sequence[str] | None = None, *a: Any, **kw: Any) -> Any:
        self._argv = list(sys.argv[1:] if args is None else args)
        return super().main(args, *a, **kw)

    def _command_words(self) -> list[str]:
        """The sub-command names only: arguments may hold passwords."""
        words: list[str] = []
        command: click.Command = self
        for arg in self._argv:
            if not isinstance(command, click.Group) or arg not in command.commands:
                break
            words.append(arg)
            command = command.commands[arg]
        return words

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            command = " ".join(["ml-connector", *self._command_words()])
            _ensure_logging()
            log.debug("%s failed", command, exc_info=True)
            problem = UsageProblem if isinstance(exc, SettingsError) else click.ClickException
            raise problem(f"{command} failed: {advice(exc)}") from None
