"""`ml-connector demo`: the whole product on one machine, against the two sandboxes.

Starts the SYSPRO and monday sandboxes, the web app, a worker and the schedule (honcho), on a
demo database of its own that starts empty each time (the sandboxes keep their state in
memory, so old board ids would point nowhere), then connects them: an account with the
sandbox token, a SYSPRO connection, and boards for supplier invoices and purchase orders.
"""

from __future__ import annotations

import os
import shlex
import sys
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import click
import redis
import requests

from cli.run import PROJECT_ROOT, child_environment, process_commands, redis_for
from config.settings import Settings
from jobs.process_tags import RUN_TAG_VARIABLE
from jobs.sync_jobs import set_up_board_sync
from sandbox.harness import SANDBOX_TOKEN, connect_sandboxes
from sandbox.monday.options import SandboxOptions
from store import migrate
from store.board_syncs import create_board_sync
from store.crypto import SecretBox
from store.db import Database
from sync.sources import build_monday_client

# The app and the monday sandbox must share the app's credentials: take the sandbox's own.
_SANDBOX = SandboxOptions()
SANDBOX_SECRETS = {
    "MONDAY_CLIENT_ID": _SANDBOX.client_id,
    "MONDAY_CLIENT_SECRET": _SANDBOX.client_secret,
    "MONDAY_SIGNING_SECRET": _SANDBOX.signing_secret,
}
# The product's default cap is 40 writes per board per minute; at that pace the demo's first
# sync of 5,000 invoices would take two hours, so the demo (and its sandbox) allow more.
DEMO_BOARD_CAP = "600"
DEMO_BOARDS = (("supplier_invoices", "SYSPRO supplier invoices"),
               ("purchase_orders", "SYSPRO purchase orders"))


# What the CLI needs to act on the demo rather than on real monday; removed when it stops.
DEMO_ENV_FILE = "demo.env"
CLI_VARIABLES = ("DATABASE_URL", "REDIS_URL", "INSTANCE_PATH", "MONDAY_API_URL",
                 "MONDAY_AUTH_URL", "ALLOW_LOOPBACK", "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE")


def write_cli_environment(instance_path: Path, env: dict[str, str]) -> Path:
    path = instance_path / DEMO_ENV_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{name}={shlex.quote(env[name])}\n"
                            for name in CLI_VARIABLES if name in env))
    return path


def _wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise click.ClickException(f"{url} did not answer within {timeout:.0f}s")


def connect_demo(settings: Settings, syspro_url: str, interval: int) -> list[tuple[int, str]]:
    """Account, connection, boards and board syncs; provisioning enqueued. Returns syncs."""
    box = SecretBox(settings.encryption_keys)
    db = Database(settings.database_url)
    rds = redis.Redis.from_url(settings.redis_url or "")
    try:
        ids = connect_sandboxes(db, box, syspro_url, interval=interval)
        client = build_monday_client(SANDBOX_TOKEN, redis_client=rds, monday_account_id=1,
                                     api_url=settings.monday_api_url)
        syncs = []
        for entity, title in DEMO_BOARDS:
            board = client.create_board(title)
            with db.session() as session:
                sync = create_board_sync(session, ids[0], {
                    "connection_id": ids[1], "board_id": board.id, "entity": entity,
                    "interval_minutes": interval,
                })
                syncs.append((sync.id, board.id))
            set_up_board_sync.enqueue(rds, sync.id)
        return syncs
    finally:
        db.dispose()
        rds.close()


@click.command(
    "demo",
    help="Run everything locally against the SYSPRO and monday sandboxes: sandboxes, web, "
    "worker and schedule, connected and syncing. The demo database starts empty each time.",
)
@click.option("--port", type=int, default=None, help="Web port (default: PORT or 8000).")
@click.option("--syspro-port", type=int, default=8085, show_default=True)
@click.option("--monday-port", type=int, default=8090, show_default=True)
@click.option("--interval", type=click.IntRange(5, 60), default=5, show_default=True,
              help="Minutes between polls of each demo board.")
def demo(port: int | None, syspro_port: int, monday_port: int, interval: int) -> None:
    from cli.process_manager import TreeKillingManager

    base = Settings.from_env()
    port = port or base.port
    demo_db = base.instance_path / "demo.db"
    for leftover in base.instance_path.glob("demo.db*"):
        leftover.unlink()
    monday_url = f"http://127.0.0.1:{monday_port}"
    syspro_url = f"http://127.0.0.1:{syspro_port}"
    settings = replace(
        base, database_url=f"sqlite:///{demo_db}", monday_api_url=f"{monday_url}/v2",
        monday_auth_url=monday_url, allow_loopback=True,
        public_base_url=f"http://127.0.0.1:{port}",
        monday_client_id=SANDBOX_SECRETS["MONDAY_CLIENT_ID"],
        monday_client_secret=SANDBOX_SECRETS["MONDAY_CLIENT_SECRET"],
        monday_signing_secret=SANDBOX_SECRETS["MONDAY_SIGNING_SECRET"],
    )
    migrate.upgrade(settings.database_url)
    with redis_for(settings) as redis_url:
        settings = replace(settings, redis_url=redis_url)
        env = child_environment(settings, redis_url, port) | SANDBOX_SECRETS | {
            "MONDAY_API_URL": settings.monday_api_url,
            "MONDAY_AUTH_URL": monday_url,
            "ALLOW_LOOPBACK": "true",
            "PUBLIC_BASE_URL": settings.public_base_url,
            "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE": os.environ.get(
                "MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE", DEMO_BOARD_CAP
            ),
        }
        cli = f"{sys.executable} -m cli"
        manager = TreeKillingManager(env[RUN_TAG_VARIABLE])
        commands = {
            "syspro": f"{cli} sandbox syspro --port {syspro_port}",
            "monday": f"{cli} sandbox monday --port {monday_port} "
            f"--board-mutations-per-minute {env['MONDAY_PACE_BOARD_MUTATIONS_PER_MINUTE']} "
            f"--app-url {settings.public_base_url}",
            **process_commands(port, redis_url),
        }
        for name, command in commands.items():
            manager.add_process(name, command, env=env, cwd=str(PROJECT_ROOT))

        def connect() -> None:
            try:
                _wait_for(f"{syspro_url}/_sandbox/health")
                _wait_for(f"{monday_url}/_sandbox/health")
                syncs = connect_demo(settings, syspro_url, interval)
            except Exception as exc:  # noqa: BLE001 - shown to the person running the demo
                click.echo(f"demo setup failed: {exc}", err=True)
                os.kill(os.getpid(), 15)
                return
            _print_guide(settings, port, syspro_url, monday_url, syncs, demo_db, interval)

        threading.Thread(target=connect, daemon=True).start()
        env_file = write_cli_environment(base.instance_path, env)
        try:
            manager.run()
        finally:
            env_file.unlink(missing_ok=True)
    sys.exit(manager.returncode or 0)


def board_page_url(monday_url: str, board_id: str) -> str:
    """The sandbox's page for a board: items as they arrive, the app's views beside them."""
    return f"{monday_url}/_sandbox/boards/{board_id}/page"


def _print_guide(settings: Settings, port: int, syspro_url: str, monday_url: str,
                 syncs: list[tuple[int, str]], demo_db: Path, interval: int) -> None:
    boards = ", ".join(f"{board} (board sync {sync})" for sync, board in syncs)
    first = board_page_url(monday_url, syncs[0][1]) if syncs else f"{monday_url}/_sandbox/boards"
    today = date.today().isoformat()  # SYSPRO dates are the site's calendar days
    cli = cli_path()
    json_header = "-H 'Content-Type: application/json'"
    click.echo(f"""
=== ml-connector demo is running ===
  open this    {first}   (the board as monday shows it, the app's views beside it)
  web app      http://127.0.0.1:{port}/readyz
  SYSPRO       {syspro_url}  (company DEMO, operator ADMIN / sandbox)
  monday       {monday_url}/_sandbox/boards   boards: {boards}
  items        {monday_url}/_sandbox/boards/<board id>/items
  first sync   runs now; then every {interval} minutes
  post an invoice in SYSPRO, dated today:
    curl -X POST {syspro_url}/_sandbox/ap-invoices {json_header} \\
      -d '{{"supplier": "0000001", "invoice": "DEMO-1", "amount": "1250.00", \
"invoice_date": "{today}"}}'
  then pay part of it, dated today (the item's balance and status change):
    curl -X POST {syspro_url}/_sandbox/payments {json_header} \\
      -d '{{"ledger": "ap", "supplier": "0000001", "invoice": "DEMO-1", "amount": "250.00", \
"journal_date": "{today}"}}'
  the CLI against the demo (in another terminal, from this directory):
    set -a; . {demo_db.parent / DEMO_ENV_FILE}; set +a
    {cli} sync list; {cli} sync run {syncs[0][0] if syncs else 1}; {cli} audit
  Ctrl-C stops everything.
""")


def cli_path() -> str:
    """The CLI by its full path (the one installed beside this Python), so the commands work
    from any shell, with or without the virtualenv activated."""
    installed = Path(sys.executable).parent / "ml-connector"
    if installed.is_file() and os.access(installed, os.X_OK):
        return str(installed)
    return f"{sys.executable} -m cli"
