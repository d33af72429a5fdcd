"""`ml-connector status`: is the background alive? The same reading as /readyz, for a shell.

Exit code 0 when the schedule and a worker beat recently enough (READY_* settings), 1 when
not, 2 when Redis or the database cannot be read; one line per check, then the numbers.
"""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from cli.common import database, settings
from cli.output import echo_json, json_option
from jobs.liveness import read_background


@click.command("status", help="Show the schedule's and the workers' heartbeats, the oldest due "
               "poll and the board syncs overdue by two intervals; exit 1 when the schedule "
               "or the workers are stale.")
@json_option
@with_appcontext
def status(as_json: bool) -> None:
    connection = current_app.extensions["redis"]
    if connection is None:
        raise click.ClickException("REDIS_URL is not set: the heartbeats live in Redis")
    try:
        reading = read_background(database(), connection, settings())
    except Exception as exc:  # noqa: BLE001 - one line naming the dependency, no traceback
        click.echo(f"Error: cannot read the background's state: {type(exc).__name__}: "
                   f"{str(exc).splitlines()[0] if str(exc) else ''}", err=True)
        sys.exit(2)
    healthy = all(v == "ok" for v in reading.checks.values())
    details = reading.as_dict()
    if as_json:
        echo_json({"checks": reading.checks, **details})
        sys.exit(0 if healthy else 1)
    for name, verdict in reading.checks.items():
        click.echo(f"{name:<9} {verdict}")
    ages = reading.worker_ages
    click.echo(f"workers   {len(ages)} registered"
               + (f", freshest beat {ages[0]:.0f} s ago" if ages else ""))
    polls = details["polls"]
    click.echo(f"polls     oldest due {polls['oldest_due_seconds']:.0f} s ago; overdue board "
               f"syncs: {', '.join(map(str, polls['overdue_board_syncs'])) or 'none'}")
    sys.exit(0 if healthy else 1)
