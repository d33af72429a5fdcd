"""`ml-connector sync`: add board syncs, run one now (with progress), import history."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime

import click
import redis
from flask.cli import with_appcontext
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from cli.boards import check_board_exists
from cli.common import (
    account_option,
    database,
    refuse_demo_database_on_real_monday,
    secret_box,
    settings,
    user_errors,
)
from cli.output import echo_json, echo_table, json_option
from cli.run import redis_for
from jobs.engine import engine_context
from jobs.runtime import Runtime
from jobs.sync_jobs import set_up_board_sync
from monday_api.errors import MondayError
from store.accounts import resolve_account
from store.board_capacity import capacity_summary, limits_from, set_capacity_policy
from store.board_syncs import (
    change_tracking,
    create_board_sync,
    delete_board_sync,
    get_board_sync,
    list_board_syncs,
    load_spec,
    set_enabled,
)
from store.intervals import INTERVAL_RANGE
from store.models import (
    CAPACITY_POLICIES,
    DEFAULT_ARCHIVE_AFTER_DAYS,
    DEFAULT_CAPACITY_POLICY,
    ENTITIES,
    MODES,
)
from store.outbox import outbox_counts
from store.types import utcnow
from store.writeback import webhook_ids
from sync.context import EngineContext
from sync.poll import poll
from sync.provision import remove_board_webhooks
from sync.push import push, skip_reason


@click.group(help="Board syncs: which SYSPRO entity goes to which monday board, how often.")
def sync() -> None:
    pass


@sync.command("add", help="Create a board sync. With REDIS_URL set, its columns are created "
              "and it polls at once; otherwise at its first scheduled poll.")
@account_option
@click.option("--connection", "connection_id", type=int, required=True)
@click.option("--board", "board_id", required=True, help="monday board id.")
@click.option("--entity", type=click.Choice(ENTITIES), required=True)
@click.option("--interval", "interval_minutes", type=int, default=15, show_default=True,
              help=f"Minutes between polls ({INTERVAL_RANGE[0]} to {INTERVAL_RANGE[1]}).")
@click.option("--group", "group_id", default=None, help="monday group id for new items.")
@click.option("--mode", type=click.Choice(MODES), default="one_way", show_default=True)
@click.option("--post-updates/--no-post-updates", default=True, show_default=True,
              help="Post significant SYSPRO events (payments, cancellations) on the item.")
@click.option("--first-sync", "first_sync", default=None, metavar="SCOPE",
              help="What the first sync brings: open (unpaid/outstanding), all, or "
              "since:YYYY-MM-DD. Default: open for invoices, all for the others.")
@click.option("--capacity-policy", type=click.Choice(CAPACITY_POLICIES),
              default=DEFAULT_CAPACITY_POLICY, show_default=True,
              help="When the board reaches monday's cap of items created through the API: "
                   "archive settled records, roll over to a new board, or stop creating.")
@click.option("--archive-after-days", type=int, default=DEFAULT_ARCHIVE_AFTER_DAYS,
              show_default=True,
              help="Archive policy: archive records settled (paid, completed) this many days.")
@click.option("--skip-board-check", is_flag=True,
              help="Do not ask monday whether the board exists (e.g. monday is unreachable).")
@with_appcontext
def add(monday_account_id: int | None, skip_board_check: bool, **fields: object) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        created = create_board_sync(session, account.id, fields)
        if not skip_board_check:  # after the field checks; a refusal rolls the sync back
            check_board_exists(session, account, created.board_id)
        summary = (f"board sync {created.id} added: {created.entity} -> board "
                   f"{created.board_id} every {created.interval_minutes} min")
        # The schedule treats no next poll time as due now.
        first_poll, sync_id = created.next_poll_at or utcnow(), created.id
    click.echo(f"{summary}; {_start(sync_id, first_poll)}")


def _start(board_sync_id: int, first_poll: datetime) -> str:
    """With the deployment's Redis known, the new sync is set up and polled at once, as a
    recipe's is; otherwise its first poll comes at its scheduled time."""
    redis_url = settings().redis_url
    later = ""
    if redis_url:
        try:
            with redis.Redis.from_url(redis_url, socket_timeout=5) as connection:
                set_up_board_sync.enqueue(connection, board_sync_id)
            return "its columns and first poll are queued for the worker"
        except redis.RedisError as exc:
            later = f"Redis did not take its first poll ({type(exc).__name__}); "
    return (f"{later}first poll at {first_poll:%H:%M} UTC (or now: `ml-connector sync run "
            f"{board_sync_id}`)")


SYNC_COLUMNS = (("id", "ID"), ("entity", "ENTITY"), ("board_id", "BOARD"),
                ("interval_minutes", "EVERY (MIN)"), ("enabled", "ON"), ("health", "HEALTH"),
                ("health_reason", "REASON"), ("last_poll_at", "LAST POLL (UTC)"),
                ("records", "RECORDS"))


@sync.command("list", help="List board syncs with their health and outbox.")
@account_option
@json_option
@with_appcontext
def list_(monday_account_id: int | None, as_json: bool) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        limits = limits_from(settings().sync_tuning)
        rows = [
            {"id": s.id, "entity": s.entity, "board_id": s.board_id,
             "interval_minutes": s.interval_minutes, "enabled": s.enabled, "health": s.health,
             "health_reason": s.health_reason,
             "last_poll_at": s.last_poll_at.isoformat() if s.last_poll_at else None,
             "records": outbox_counts(session, s.id), **change_tracking(s),
             "capacity": capacity_summary(session, s, limits)}
            for s in list_board_syncs(session, account.id)
        ]
    if as_json:
        echo_json(rows)
        return
    for row in rows:
        row["last_poll_at"] = (row["last_poll_at"] or "")[:16].replace("T", " ") or None
    echo_table(rows, SYNC_COLUMNS, empty="no board syncs (add one with `ml-connector sync add`)")


@sync.command("disable", help="Stop polling and pushing a board sync (records and audit stay).")
@click.argument("board_sync_id", type=int)
@account_option
@with_appcontext
def disable(board_sync_id: int, monday_account_id: int | None) -> None:
    _set_enabled(board_sync_id, monday_account_id, False)


@sync.command("enable", help="Start a disabled board sync again; it polls at once.")
@click.argument("board_sync_id", type=int)
@account_option
@with_appcontext
def enable(board_sync_id: int, monday_account_id: int | None) -> None:
    _set_enabled(board_sync_id, monday_account_id, True)


def _set_enabled(board_sync_id: int, monday_account_id: int | None, enabled: bool) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        set_enabled(session, account.id, board_sync_id, enabled)
    click.echo(f"board sync {board_sync_id} {'enabled' if enabled else 'disabled'}")


@sync.command("capacity", help="Choose what a board sync does when its board is full "
              "(the same setting as the recipe's and the board view's).")
@click.argument("board_sync_id", type=int)
@account_option
@click.option("--policy", type=click.Choice(CAPACITY_POLICIES), default=None,
              help="archive, rollover or stop (left out: unchanged).")
@click.option("--archive-after-days", type=int, default=None,
              help="Archive policy: days a record stays settled before it is archived.")
@with_appcontext
def capacity(board_sync_id: int, monday_account_id: int | None, policy: str | None,
             archive_after_days: int | None) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        found = get_board_sync(session, account.id, board_sync_id)
        set_capacity_policy(session, found, policy or found.capacity_policy,
                            found.archive_after_days if archive_after_days is None
                            else archive_after_days)
        said = (f"board sync {board_sync_id}: when full, {found.capacity_policy}"
                + (f" (archive after {found.archive_after_days} days)"
                   if found.capacity_policy == "archive" else ""))
    click.echo(said)


@sync.command("remove", help="Remove a board sync: its board webhooks are deleted on monday, "
              "its records forgotten; the items stay on the board and the audit trail stays.")
@click.argument("board_sync_id", type=int)
@account_option
@click.option("--skip-monday", is_flag=True,
              help="Remove it even if monday cannot be reached (webhooks may then remain).")
@click.confirmation_option(prompt="Remove this board sync?")
@with_appcontext
def remove(board_sync_id: int, monday_account_id: int | None, skip_monday: bool) -> None:
    with user_errors(), database().session() as session:
        account = resolve_account(session, monday_account_id)
        spec = load_spec(session, secret_box(), board_sync_id, account.id)
        hooks = len(webhook_ids(session, board_sync_id))
    if hooks and not skip_monday:
        refuse_demo_database_on_real_monday()
        try:
            with _inline_engine() as ctx:
                remove_board_webhooks(ctx, spec, ctx.monday_factory(spec))
        except MondayError as exc:
            raise click.ClickException(
                f"board sync {board_sync_id}: its webhooks could not be deleted on monday "
                f"({str(exc).splitlines()[0][:200]}); nothing was removed. Try again, or pass "
                "--skip-monday") from None
    with user_errors(), database().session() as session:
        delete_board_sync(session, account.id, board_sync_id)
    gone = f"; {hooks} board webhook(s) deleted on monday" if hooks and not skip_monday else ""
    click.echo(f"board sync {board_sync_id} removed ({spec.entity} on board {spec.board_id})"
               f"{gone}; the board's items and the audit trail stay")


@contextmanager
def _inline_engine() -> Iterator[EngineContext]:
    cfg = settings()
    with redis_for(cfg) as redis_url:
        runtime = Runtime(replace(cfg, redis_url=redis_url))
        ctx = engine_context(runtime)
        ctx.enqueue_push = None  # inline: this command pushes itself
        yield ctx


def _refuse_if_disabled(board_sync_id: int) -> None:
    """Disabled means disabled: the CLI neither reads nor pushes, and says how to resume."""
    with user_errors(), database().session() as session:
        spec = load_spec(session, secret_box(), board_sync_id)
    reason = skip_reason(spec)
    if reason is None:
        return
    if not spec.account_active:
        todo = "Reinstall the app on that monday account to resume"
    else:
        todo = f"Enable it with `ml-connector sync enable {board_sync_id}`"
    with database().session() as session:
        health = get_board_sync(session, spec.account_id, board_sync_id).health_reason
    detail = f" ({health})" if health else ""
    raise click.ClickException(
        f"board sync {board_sync_id} is not run: {reason}{detail}; nothing was read or "
        f"pushed. {todo}."
    )


def _run(board_sync_id: int, since: date | None, until: date | None, backfill: bool) -> None:
    refuse_demo_database_on_real_monday()
    _refuse_if_disabled(board_sync_id)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn())
    with user_errors(), _inline_engine() as ctx, Progress(*columns) as bar:
        reading = bar.add_task("reading SYSPRO", total=None)
        polled = poll(ctx, board_sync_id, since=since, until=until, backfill=backfill,
                      progress=lambda n: bar.advance(reading, n))
        bar.update(reading, total=polled.read, completed=polled.read)
        with ctx.db.session() as session:
            waiting = outbox_counts(session, board_sync_id)
        due = waiting.get("pending", 0) + waiting.get("failed", 0)
        writing = bar.add_task("writing to monday", total=due)
        pushed = push(ctx, board_sync_id, progress=lambda n: bar.advance(writing, n))
    click.echo(
        f"read {polled.read}, changed {polled.changed}, unchanged {polled.unchanged}, "
        f"vanished {polled.vanished}; created {pushed.created}, updated {pushed.updated}, "
        f"found existing {pushed.found_existing}, failed {pushed.failed}"
        + ("; more remains for the next push" if pushed.remaining else "")
    )
    for error in pushed.errors[:20]:
        click.echo(f"  failed: {error}")


@sync.command("run", help="Poll one board sync now and push what changed, with progress.")
@click.argument("board_sync_id", type=int)
@with_appcontext
def run(board_sync_id: int) -> None:
    _run(board_sync_id, None, None, backfill=False)


@sync.command(
    "backfill",
    help="Import history between two dates (YYYY-MM-DD) without moving the live cursor.",
)
@click.argument("board_sync_id", type=int)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), required=True)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None)
@with_appcontext
def backfill(board_sync_id: int, since: datetime, until: datetime | None) -> None:
    if until is not None and until < since:
        raise click.BadParameter("--until is before --since", param_hint="--until")
    _run(board_sync_id, since.date(), until.date() if until else None, backfill=True)
