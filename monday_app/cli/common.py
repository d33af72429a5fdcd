"""Helpers shared by CLI commands: the app's stores, the account to act for, clean errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from flask import current_app

from store.errors import InvalidFields, NotFound, ValidationError


def database() -> Any:
    return current_app.extensions["store"]


def secret_box() -> Any:
    return current_app.extensions["secret_box"]


def settings() -> Any:
    return current_app.config["ML_SETTINGS"]


@contextmanager
def user_errors() -> Iterator[None]:
    """Bad input and unknown ids become a one-line error and exit code 1, nothing stored."""
    try:
        yield
    except InvalidFields as exc:  # every problem, each already named by its label
        raise click.ClickException(exc.message) from None
    except ValidationError as exc:
        raise click.ClickException(f"{exc.field}: {exc.message}") from None
    except NotFound as exc:
        raise click.ClickException(str(exc)) from None


account_option = click.option(
    "--account",
    "monday_account_id",
    type=int,
    default=None,
    help="monday account id to act for (default: the only connected account).",
)
