"""Asking monday, from the CLI, whether a board exists before anything is set up on it."""

from __future__ import annotations

from typing import Any

import click

from cli.common import refuse_demo_database_on_real_monday, secret_box, settings
from monday_api.errors import MondayError
from store.accounts import access_token_for
from store.errors import NotFound
from store.models import Account
from sync.sources import build_monday_client


def check_board_exists(session: Any, account: Account, board_id: str) -> None:
    """Raise a one-line error unless the account's monday token can see `board_id`."""
    refuse_demo_database_on_real_monday()
    cfg = settings()
    try:
        token = access_token_for(session, secret_box(), account.id)
    except NotFound:
        raise click.ClickException(
            f"monday account {account.monday_account_id} has no token: install the app on it "
            "first (or pass --skip-board-check)") from None
    client = build_monday_client(token, redis_client=None,
                                 monday_account_id=account.monday_account_id,
                                 api_url=cfg.monday_api_url, api_version=cfg.monday_api_version)
    try:
        board = client.board(board_id)
    except MondayError as exc:
        raise click.ClickException(
            f"could not ask monday ({cfg.monday_api_url}) about board {board_id}: "
            f"{str(exc).splitlines()[0][:200]} (pass --skip-board-check to add it anyway)"
        ) from None
    if board is None:
        raise click.ClickException(
            f"board {board_id} does not exist on monday account {account.monday_account_id}, "
            "or the app's user cannot see it: copy the id from the board's address "
            "(…/boards/<id>)")
