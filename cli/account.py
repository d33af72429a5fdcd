"""`ml-connector account`: connect a monday account with a personal API token (no OAuth).

For a single-company deployment: the token is read from MONDAY_PERSONAL_TOKEN or a hidden
prompt (never from the command line, where it would land in shell history), checked with a
`me` query, and stored encrypted like an OAuth token.
"""

from __future__ import annotations

import os

import click
from flask import current_app
from flask.cli import with_appcontext

from cli.common import database, user_errors
from monday_api import MondayClient, MondayClientSettings
from store.accounts import install_with_token
from store.alerts import set_alert_webhook
from syspro.errors import SysproError
from syspro.urlguard import AddressPolicy, check_server_url

TOKEN_VARIABLE = "MONDAY_PERSONAL_TOKEN"


@click.group(help="monday accounts connected to this connector.")
def account() -> None:
    pass


@account.command(
    "add",
    help=f"Connect a monday account with a personal API token, read from {TOKEN_VARIABLE} or "
    "a prompt. The token is checked with a `me` query and stored encrypted.",
)
@with_appcontext
def add() -> None:
    token = os.environ.get(TOKEN_VARIABLE, "").strip()
    if not token:
        token = click.prompt("monday personal API token", hide_input=True).strip()
    if not token:
        raise click.ClickException("no token given")
    settings = current_app.config["ML_SETTINGS"]
    client = MondayClient(
        token,
        MondayClientSettings(
            api_url=settings.monday_api_url,
            api_version=settings.monday_api_version,
            connect_timeout=5.0,
            read_timeout=15.0,
            max_attempts=2,
            max_wait_seconds=10.0,
            request_complexity=False,
        ),
    )
    try:
        me = client.me()
    except Exception as exc:  # noqa: BLE001 - the message names the failure, never the token
        raise click.ClickException(
            f"monday refused the token ({type(exc).__name__}); check it and try again"
        ) from None
    database = current_app.extensions["store"]
    with database.session() as session:
        install_with_token(
            session,
            current_app.extensions["secret_box"],
            monday_account_id=int(me.account.id),
            monday_user_id=int(me.user_id),
            token=token,
            kind="personal",
            name=me.account.name,
            slug=me.account.slug,
            tier=me.account.tier,
        )
    click.echo(
        f"connected monday account {me.account.name} ({me.account.id}) as user {me.name} "
        f"({me.user_id}); token stored encrypted"
    )


@account.command(
    "alerts",
    help="Where a board sync's health alerts go besides the monday notification to the person "
    "who set it up: --webhook URL (POSTed JSON, through the same address guard as SYSPRO "
    "URLs) or --no-webhook.",
)
@click.argument("monday_account_id", type=int)
@click.option("--webhook", "url", default=None, help="https URL to POST each alert to.")
@click.option("--no-webhook", is_flag=True, help="Stop POSTing alerts.")
@with_appcontext
def alerts(monday_account_id: int, url: str | None, no_webhook: bool) -> None:
    if bool(url) == no_webhook:
        raise click.ClickException("give either --webhook URL or --no-webhook")
    if url:
        settings = current_app.config["ML_SETTINGS"]
        try:
            check_server_url(url, AddressPolicy(settings.allow_private_networks,
                                                settings.allow_loopback))
        except (SysproError, ValueError) as exc:
            raise click.ClickException(f"--webhook: {exc}") from None
    with user_errors(), database().session() as session:
        set_alert_webhook(session, monday_account_id, url)
    click.echo(f"monday account {monday_account_id}: alerts "
               + (f"also POSTed to {url}" if url else "no longer POSTed anywhere"))
