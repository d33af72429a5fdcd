"""`ml-connector connection`: SYSPRO servers of an account (add, list, test, remove)."""

from __future__ import annotations

import json
import os

import click
import redis
from flask.cli import with_appcontext

from monday_app.cli.common import account_option, database, secret_box, settings, user_errors
from monday_app.cli.run import redis_for
from store.accounts import resolve_account
from store.board_syncs import ConnectionSpec, connection_spec
from store.connections import (
    create_connection,
    delete_connection,
    get_connection,
    list_connections,
    public_view,
    record_test_result,
)
from sync.sources import connection_settings
from syspro.connection_test import iter_connection_test
from syspro.enet import EnetClient
from syspro.errors import SysproError

# Passwords never come from argv (shell history, process lists): environment or prompt.
PASSWORD_VARIABLES = {
    "operator_password": "SYSPRO_OPERATOR_PASSWORD",
    "company_password": "SYSPRO_COMPANY_PASSWORD",
    "odata_password": "SYSPRO_ODATA_PASSWORD",
}


def _secret(field: str, label: str, required: bool) -> str:
    value = os.environ.get(PASSWORD_VARIABLES[field])
    if value is not None:
        return value
    if not required:
        return click.prompt(f"{label} (Enter for none)", hide_input=True, default="",
                            show_default=False)
    return click.prompt(label, hide_input=True)


@click.group(help="SYSPRO connections: where the customer's SYSPRO server is and how to log on.")
def connection() -> None:
    pass


@connection.command(
    "add",
    help="Add a SYSPRO connection. Passwords are read from SYSPRO_OPERATOR_PASSWORD, "
    "SYSPRO_COMPANY_PASSWORD and SYSPRO_ODATA_PASSWORD, or prompted for; never from arguments.",
)
@account_option
@click.option("--name", required=True, help="A name for this connection, e.g. 'head office'.")
@click.option("--server-url", required=True, help="Full URL with port: http://host:20001")
@click.option("--operator", required=True, help="e.net operator code.")
@click.option("--company", "company_id", required=True, help="SYSPRO company id.")
@click.option("--rest-base-path", default=None, help="Default /SYSPROWCFService/Rest.")
@click.option("--odata-url", default=None, help="OData service URL for the company (optional).")
@click.option("--odata-user", default=None, help="OData user (default: the operator).")
@click.option("--poll-interval", "poll_interval_minutes", type=int, default=15, show_default=True)
@click.option("--no-verify-tls", is_flag=True, help="Do not verify TLS certificates.")
@with_appcontext
def add(monday_account_id: int | None, **fields: object) -> None:
    verify = not fields.pop("no_verify_tls")
    values = {k: v for k, v in fields.items() if v is not None}
    values["verify_tls"] = verify
    values["operator_password"] = _secret("operator_password", "Operator password", True)
    values["company_password"] = _secret("company_password", "Company password", False)
    if values.get("odata_url"):
        values["odata_password"] = _secret("odata_password", "OData password", False)
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        created = create_connection(session, secret_box(), account.id, values)
        click.echo(f"connection {created.id} added; check it with "
                   f"`ml-connector connection test {created.id}`")


@connection.command("list", help="List connections (secrets masked).")
@account_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@with_appcontext
def list_(monday_account_id: int | None, as_json: bool) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        views = [public_view(c) for c in list_connections(session, account.id)]
    if as_json:
        click.echo(json.dumps(views, indent=2, default=str))
        return
    if not views:
        click.echo("no connections; add one with `ml-connector connection add`")
    for v in views:
        tested = {None: "never tested", True: "last test passed", False: "last test FAILED"}
        click.echo(
            f"{v['id']:>4}  {v['name']:<20} {v['server_url']:<40} operator {v['operator']} "
            f"company {v['company_id']}  odata {'yes' if v['odata_url'] else 'no'}  "
            f"{tested[v['last_test_ok']]}"
        )


@connection.command(
    "test",
    help="Log on, read the profile, probe OData and every table the syncs need; "
    "one line per step with its outcome and the reason where it failed.",
)
@click.argument("connection_id", type=int)
@account_option
@with_appcontext
def test(connection_id: int, monday_account_id: int | None) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        spec = connection_spec(secret_box(), get_connection(session, account.id, connection_id))
    cfg = settings()
    conn_settings = connection_settings(
        spec, allow_private_networks=cfg.allow_private_networks, allow_loopback=cfg.allow_loopback
    )
    results = []
    with redis_for(cfg) as redis_url:
        for step in iter_connection_test(
            conn_settings, redis_client=redis.Redis.from_url(redis_url), cipher=secret_box(),
            connection_id=str(spec.id),
        ):
            results.append(step)
            click.echo(step.line())
    ok = all(step.ok for step in results)
    with database().session() as session:
        record_test_result(
            session, account.id, connection_id, ok, {"steps": [vars(s) for s in results]}
        )
    if not ok:
        raise SystemExit(1)


@connection.command("remove", help="Remove a connection and its board syncs (audit kept).")
@click.argument("connection_id", type=int)
@account_option
@click.confirmation_option(prompt="Remove this connection and stop its board syncs?")
@with_appcontext
def remove(connection_id: int, monday_account_id: int | None) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        spec = connection_spec(secret_box(), get_connection(session, account.id, connection_id))
        delete_connection(session, account.id, connection_id)
    _log_off(spec)
    click.echo(f"connection {connection_id} removed")


def _log_off(spec: ConnectionSpec) -> None:
    """End the shared e.net session and forget cached refusals; the server may be gone."""
    cfg = settings()
    if not cfg.redis_url:
        return  # no shared session can exist without a shared Redis
    conn_settings = connection_settings(
        spec, allow_private_networks=cfg.allow_private_networks, allow_loopback=cfg.allow_loopback
    )
    client = EnetClient(
        conn_settings, connection_id=str(spec.id),
        redis_client=redis.Redis.from_url(cfg.redis_url), cipher=secret_box(),
    )
    try:
        client.logoff()
    except SysproError as exc:
        click.echo(f"note: SYSPRO logoff failed ({exc.kind.value}); the session will expire")
    client.permissions.clear()
