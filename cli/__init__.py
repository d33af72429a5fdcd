"""The `ml-connector` command: a Flask CLI group. Each area adds its own sub-group."""

from __future__ import annotations

import sys

import click
from flask import Flask
from flask.cli import ScriptInfo, routes_command, shell_command

from cli.errors import FriendlyGroup
from config.settings import SettingsError
from monday_app.factory import create_app


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
    from cli.audit import audit
    from cli.connection import connection
    from cli.db import db
    from cli.demo import demo
    from cli.keys import keys
    from cli.run import run
    from cli.sandbox import sandbox
    from cli.status import status
    from cli.sync import sync

    for command in (db, keys, run, demo, connection, sync, audit, sandbox, status):
        cli.add_command(command)
    # The monday app surface's commands.
    from cli.account import account

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
