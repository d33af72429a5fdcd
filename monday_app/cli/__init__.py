"""The `ml-connector` command: a Flask CLI group. Each area adds its own sub-group."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask.cli import ScriptInfo, routes_command, shell_command

from monday_app.cli.errors import FriendlyGroup
from monday_app.factory import create_app
from monday_app.settings import SettingsError


def _make_app() -> Flask:
    return create_app()


cli = FriendlyGroup(
    name="ml-connector",
    help="ml-connector: SYSPRO to monday.com integration.\n\n"
    "Settings come from environment variables (see the README); with none set, a "
    "development setup on SQLite and an embedded Redis is used.",
)
cli.add_command(routes_command)
cli = click.version_option(package_name="ml-connector", prog_name="ml-connector")(cli)
cli.add_command(shell_command)


def _register_commands() -> None:
    from monday_app.cli.audit import audit
    from monday_app.cli.connection import connection
    from monday_app.cli.db import db
    from monday_app.cli.demo import demo
    from monday_app.cli.keys import keys
    from monday_app.cli.run import run
    from monday_app.cli.sandbox import sandbox
    from monday_app.cli.status import status
    from monday_app.cli.sync import sync

    for command in (db, keys, run, demo, connection, sync, audit, sandbox, status):
        cli.add_command(command)
    # The monday app surface's commands.
    from monday_app.cli.account import account

    cli.add_command(account)


_register_commands()


def main() -> None:
    try:
        # The ScriptInfo tells Flask's with_appcontext how to build the app on demand, so
        # commands that need no app (run, keys generate) never build one.
        info = ScriptInfo(create_app=_make_app, set_debug_flag=False, load_dotenv_defaults=False)
        cli.main(prog_name="ml-connector", obj=info)
    except SettingsError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
