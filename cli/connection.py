"""`ml-connector connection`: SYSPRO servers of an account (add, list, test, remove)."""

from __future__ import annotations

import json
import os
from typing import Any

import click
import redis
from flask.cli import with_appcontext

from cli.common import account_option, database, secret_box, settings, user_errors
from cli.run import redis_for
from store.accounts import resolve_account
from store.board_syncs import ConnectionSpec, connection_spec
from store.connection_choice import ensure_default
from store.connections import (
    create_connection,
    delete_connection,
    get_connection,
    list_connections,
    public_view,
    record_test_result,
)
from sync.sources import connection_settings
from syspro import connection_schema as schema
from syspro.connection_report import GroupResult, chosen_ok, not_chosen, summarize
from syspro.connection_test import StepResult, iter_connection_test
from syspro.enet import EnetClient
from syspro.errors import SysproError

# Passwords never come from argv (shell history, process lists): environment or prompt.
PASSWORD_VARIABLES = {name: f"SYSPRO_{name.upper()}" for name in schema.SECRET_NAMES}
FLAG_FIELDS = tuple(spec for spec in schema.FIELDS if not spec.secret)


def _secret(spec: schema.FieldSpec) -> str:
    value = os.environ.get(PASSWORD_VARIABLES[spec.name])
    if value is not None:
        return value
    return click.prompt(f"{spec.label} (Enter for none)", hide_input=True, default="",
                        show_default=False)


def _flag(spec: schema.FieldSpec) -> click.Option:
    """The `connection add` flag of one schema field; values are checked by the store."""
    help_text = f"{spec.label}. {spec.help}".strip()
    if spec.kind == "bool":
        negative = "--no-" + spec.flag.removeprefix("--")
        return click.Option([f"{spec.flag}/{negative}", spec.name], default=None,
                            help=f"{help_text} [default: {'on' if spec.default else 'off'}]")
    kind = click.Choice(spec.choices) if spec.kind == "choice" else click.STRING
    if spec.kind == "choice_list":
        help_text += f" Comma-separated, or all; from: {', '.join(spec.choices)}."
    default_text = "" if spec.default is None or spec.required else (
        f" [default: {schema.markdown_default(spec).strip('`')}]")
    return click.Option([spec.flag, spec.name], type=kind, required=spec.required,
                        default=None, help=help_text + default_text)


def _with_schema_flags(command: click.Command) -> click.Command:
    command.params.extend(_flag(spec) for spec in FLAG_FIELDS)
    return command


@click.group(help="SYSPRO connections: where the customer's SYSPRO server is and how to log on.")
def connection() -> None:
    pass


@_with_schema_flags
@connection.command(
    "add",
    help="Add a SYSPRO connection; `ml-connector connection fields` explains every flag. "
    "Passwords are read from " + ", ".join(PASSWORD_VARIABLES.values()) + ", or prompted "
    "for; never from arguments.",
)
@account_option
@with_appcontext
def add(monday_account_id: int | None, **given: object) -> None:
    values: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for spec in FLAG_FIELDS:
        raw = given.get(spec.name)
        if raw is not None:
            value = raw if isinstance(raw, bool) else spec.from_text(str(raw))
            (options if spec.option else values)[spec.name] = value
    if options:
        values["options"] = options
    for name in schema.SECRET_NAMES:
        if name != "odata_password" or values.get("odata_url"):
            values[name] = _secret(schema.BY_NAME[name])
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        created = create_connection(session, secret_box(), account.id, values,
                                    policy=settings().address_policy)
        click.echo(f"connection {created.id} added; check it with "
                   f"`ml-connector connection test {created.id}`")


@connection.command("fields", help="Every field of a connection: flag, label, kind, default.")
@click.option("--json", "as_json", is_flag=True, help="Print the schema as JSON.")
def fields_(as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(schema.describe(), indent=2))
    else:
        click.echo(schema.markdown_table(), nl=False)


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
        syncs = "all" if v["sync_entities"] is None else ",".join(v["sync_entities"])
        click.echo(
            f"{v['id']:>4}  {v['name']:<20} {v['server_url']:<40} operator {v['operator']} "
            f"company {v['company_id']}  odata {'yes' if v['odata_url'] else 'no'}  "
            f"syncs {syncs}  {tested[v['last_test_ok']]}"
        )


@connection.command(
    "test",
    help="Log on with the saved values and check what the connection can do: one line per "
    "entity it can sync and per write-back, each ✔ or ✘ with the cause in plain words.",
)
@click.argument("connection_id", type=int)
@account_option
@click.option("--json", "as_json", is_flag=True, help="Print the groups and steps as JSON.")
@with_appcontext
def test(connection_id: int, monday_account_id: int | None, as_json: bool) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        saved = get_connection(session, account.id, connection_id)
        spec, chosen = connection_spec(secret_box(), saved), saved.sync_entities
    unwanted = not_chosen(chosen)
    cfg = settings()
    conn_settings = connection_settings(
        spec, allow_private_networks=cfg.allow_private_networks, allow_loopback=cfg.allow_loopback
    )
    results: list[StepResult] = []
    shown: set[str] = set()
    with redis_for(cfg) as redis_url:
        for step in iter_connection_test(
            conn_settings, redis_client=redis.Redis.from_url(redis_url), cipher=secret_box(),
            connection_id=str(spec.id),
        ):
            results.append(step)
            if not as_json:
                _echo_new_groups(summarize(results, finished=False), shown, unwanted)
    groups = summarize(results, finished=True)
    report: dict[str, Any] = {
        "ok": all(step.ok for step in results),
        "groups": [vars(g) | {"line": g.line(), "wanted": g.group not in unwanted}
                   for g in groups],
        "steps": [vars(s) for s in results]}
    # What the connection is set to sync decides; the others are listed apart.
    report["chosen_ok"] = ok = chosen_ok(report["groups"], chosen)
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _echo_new_groups(groups, shown, unwanted)
        _echo_unwanted(groups, unwanted)
    with database().session() as session:
        record_test_result(session, account.id, connection_id, report["ok"],
                           {"steps": report["steps"], "groups": report["groups"]})
    if not ok:
        raise SystemExit(1)


def _echo_new_groups(groups: list[GroupResult], shown: set[str], unwanted: set[str]) -> None:
    """Each chosen group once, as soon as it is complete (a slow SYSPRO shows progress)."""
    for group in groups:
        if group.group not in shown and group.group not in unwanted:
            shown.add(group.group)
            click.echo(group.line())


def _echo_unwanted(groups: list[GroupResult], unwanted: set[str]) -> None:
    others = [group for group in groups if group.group in unwanted]
    if others:
        click.echo(f"Not chosen to sync on this connection ({len(others)}):")
        for group in others:
            click.echo("  " + group.line())


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
        ensure_default(session, account.id)
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
