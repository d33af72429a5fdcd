"""`ml-connector db`: schema migrations."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from store import migrate


@click.group(help="Database schema: upgrade to the latest version, show the current one.")
def db() -> None:
    pass


@db.command("upgrade", help="Apply every migration not yet applied (safe to run again).")
@click.option("--revision", default="head", show_default=True, help="Target revision.")
@with_appcontext
def upgrade(revision: str) -> None:
    url = current_app.config["ML_SETTINGS"].database_url
    migrate.upgrade(url, revision)
    click.echo(f"database at revision {migrate.current_revision(url)}")


@db.command("current", help="Show the database's revision and the newest one available.")
@with_appcontext
def current() -> None:
    url = current_app.config["ML_SETTINGS"].database_url
    here, head = migrate.current_revision(url), migrate.head_revision()
    click.echo(f"current: {here or 'none (empty database)'}\nhead:    {head}")
    if here != head:
        click.echo("run `ml-connector db upgrade` to bring it up to date")
