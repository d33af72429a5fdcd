"""Helpers shared by CLI commands: the app's stores, the account to act for, clean errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from flask import current_app

from config.settings import DEFAULT_MONDAY_API_URL
from store.errors import InvalidFields, NotFound, ValidationError


def database() -> Any:
    return current_app.extensions["store"]


def secret_box() -> Any:
    return current_app.extensions["secret_box"]


def settings() -> Any:
    return current_app.config["ML_SETTINGS"]


def refuse_demo_database_on_real_monday() -> None:
    """The demo's database holds the monday sandbox's token: sent to api.monday.com it only
    earns a confusing 401. Say what to set instead."""
    cfg = settings()
    if cfg.database_url.endswith("/demo.db") and cfg.monday_api_url == DEFAULT_MONDAY_API_URL:
        demo_env = cfg.instance_path / "demo.env"
        raise click.ClickException(
            "this is the demo's database but MONDAY_API_URL points at real monday; while "
            f"`ml-connector demo` runs, load its settings first: set -a; . {demo_env}; set +a")


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
