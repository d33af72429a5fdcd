"""The CLI as an operator reads it: headers, one `--json` flag, boards checked, keys matched."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import click
import pytest

from cli import cli
from monday_app.factory import create_app
from sandbox.harness import SANDBOX_TOKEN
from sandbox.monday.server import RunningSandbox, start_in_thread
from store.accounts import install_account, save_token
from store.audit import AuditEntry, record
from store.connections import create_connection
from store.migrate import upgrade
from store.types import utcnow

Path = tuple[str, ...]


def _commands(group: click.Group, prefix: Path = ()) -> Iterator[tuple[Path, click.Command]]:
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_machine_readable_output_uses_one_flag() -> None:
    """`--json` (never `--format`) wherever a command can print JSON."""
    for path, command in _commands(cli):
        names = {opt for p in command.params for opt in getattr(p, "opts", ())}
        assert "--format" not in names, f"{' '.join(path)} still has --format"
    listing = [p for p, c in _commands(cli) if p[-1] == "list" or p == ("audit",)]
    for path in listing:
        command = dict(_commands(cli))[path]
        assert "--json" in {o for p in command.params for o in getattr(p, "opts", ())}, path


@pytest.fixture
def monday_sandbox() -> Iterator[RunningSandbox]:
    running = start_in_thread(board_mutations_per_minute=None)
    yield running
    running.stop()


@pytest.fixture
def linked(app_config, monday_sandbox):  # type: ignore[no-untyped-def]
    upgrade(str(app_config["DATABASE_URL"]))
    app = create_app({**app_config, "MONDAY_API_URL": monday_sandbox.api_url})
    store, box = app.extensions["store"], app.extensions["secret_box"]
    with store.session() as session:
        account, _ = install_account(session, 1, name="Acme")
        save_token(session, box, account, 1, SANDBOX_TOKEN, kind="personal")
        create_connection(session, box, account.id, {
            "name": "main", "server_url": "http://syspro.example.com:90", "operator": "ADMIN",
            "operator_password": "pw", "company_id": "DEMO"})
    return app


def test_sync_add_checks_the_board_on_monday(linked, monday_sandbox) -> None:
    from monday_api import MondayClient
    from tests.monday_api.helpers import client_settings

    runner = linked.test_cli_runner()
    board = MondayClient(SANDBOX_TOKEN, client_settings(monday_sandbox.api_url)).create_board("AP")
    missing = runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", "987654",
                                  "--entity", "supplier_invoices"])
    assert missing.exit_code == 1
    assert "board 987654 does not exist" in missing.output and "Traceback" not in missing.output
    assert json.loads(runner.invoke(cli, ["sync", "list", "--json"]).output) == []

    added = runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", board.id,
                                "--entity", "supplier_invoices"])
    assert added.exit_code == 0, added.output
    assert "first poll are queued" in added.output
    import redis
    from rq import Queue

    redis_url = linked.config["ML_SETTINGS"].redis_url
    queued = Queue("default", connection=redis.Redis.from_url(redis_url))
    assert "provision-board-sync-1" in queued.job_ids
    table = runner.invoke(cli, ["sync", "list"]).output.splitlines()
    assert table[0].split()[:3] == ["ID", "ENTITY", "BOARD"]
    assert table[2].split()[:3] == ["1", "supplier_invoices", board.id]
    assert "{" not in "\n".join(table)  # no Python dict text


def test_sync_add_says_when_monday_cannot_be_asked(app_config) -> None:
    upgrade(str(app_config["DATABASE_URL"]))
    app = create_app({**app_config, "MONDAY_API_URL": "http://127.0.0.1:9/v2"})
    with app.extensions["store"].session() as session:
        account, _ = install_account(session, 1, name="Acme")
        save_token(session, app.extensions["secret_box"], account, 1, "t", kind="personal")
        create_connection(session, app.extensions["secret_box"], account.id, {
            "name": "main", "server_url": "http://syspro.example.com:90", "operator": "ADMIN",
            "operator_password": "pw", "company_id": "DEMO"})
    result = app.test_cli_runner().invoke(cli, ["sync", "add", "--connection", "1", "--board",
                                                "5", "--entity", "suppliers"])
    assert result.exit_code == 1 and "--skip-board-check" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_audit_table_header_keys_and_ranges(linked) -> None:
    runner = linked.test_cli_runner()
    now = utcnow()
    with linked.extensions["store"].session() as session:
        record(session, [
            AuditEntry(account_id=1, action="created", syspro_id="   1001|  INV-7",
                       board_id="5", item_id="9", synced_at=now - timedelta(minutes=1)),
            AuditEntry(account_id=1, action="created", syspro_id="   1002|  INV-7",
                       board_id="5", item_id="10", synced_at=now),
        ])
    table = runner.invoke(cli, ["audit", "--action", "created"]).output.splitlines()
    assert table[0].split()[:4] == ["WHEN", "(UTC)", "ACTION", "SYSPRO"]
    assert len(table) == 4  # header, rule, two events
    assert "   1001|  INV-7" in table[3]  # shown as stored

    typed = json.loads(runner.invoke(cli, ["audit", "--json", "--syspro-id", "1001|INV-7"]).output)
    assert [e["item_id"] for e in typed] == ["9"]
    exact = json.loads(runner.invoke(
        cli, ["audit", "--json", "--syspro-id", "   1002|  INV-7"]).output)
    assert [e["item_id"] for e in exact] == ["10"]
    assert json.loads(runner.invoke(cli, ["audit", "--json", "--syspro-id", "100"]).output) == []

    reversed_range = runner.invoke(cli, ["audit", "--since", "2026-11-02", "--until",
                                         "2026-11-01"])
    assert reversed_range.exit_code == 2 and "before --since" in reversed_range.output


def test_the_demo_database_is_not_sent_to_real_monday(app_config, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    upgrade(url)
    app = create_app({**app_config, "DATABASE_URL": url})
    result = app.test_cli_runner().invoke(cli, ["sync", "run", "1"])
    assert result.exit_code == 1
    assert "demo.env" in result.output and "Traceback" not in result.output


def test_the_demo_writes_what_the_cli_needs(tmp_path) -> None:
    import subprocess

    from cli.demo import write_cli_environment

    env = {"DATABASE_URL": f"sqlite:///{tmp_path}/demo db.db", "MONDAY_API_URL": "http://x/v2",
           "REDIS_URL": "redis://127.0.0.1:1/0", "MONDAY_CLIENT_SECRET": "never-written"}
    path = write_cli_environment(tmp_path, env)
    assert "never-written" not in path.read_text()
    shown = subprocess.run(["bash", "-c", f"set -a; . '{path}'; set +a; env"],
                           capture_output=True, text=True, check=True, env={}).stdout
    for name in ("DATABASE_URL", "MONDAY_API_URL", "REDIS_URL"):
        assert f"{name}={env[name]}" in shown.splitlines()


@contextmanager
def _echoing_server() -> Iterator[str]:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Echo(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()


def test_sync_remove_deletes_its_webhooks_and_keeps_the_audit(linked, monday_sandbox) -> None:
    import requests

    from monday_api import MondayClient
    from store.writeback import save_webhook_ids
    from tests.monday_api.helpers import client_settings

    runner = linked.test_cli_runner()
    client = MondayClient(SANDBOX_TOKEN, client_settings(monday_sandbox.api_url))
    board = client.create_board("Suppliers")
    added = runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", board.id,
                                "--entity", "suppliers", "--mode", "lookup"])
    assert added.exit_code == 0, added.output
    with _echoing_server() as url:  # monday checks a webhook URL by a challenge it echoes
        hooks = {event: client.create_webhook(board.id, url, event).id
                 for event in ("change_column_value", "change_name")}
    with linked.extensions["store"].session() as session:
        save_webhook_ids(session, 1, hooks)
        record(session, [AuditEntry(account_id=1, action="created", board_sync_id=1,
                                    syspro_id="S1", board_id=board.id)])

    refused = runner.invoke(cli, ["sync", "remove", "1"], input="n\n")
    assert refused.exit_code == 1 and len(client.webhooks(board.id)) == 2

    removed = runner.invoke(cli, ["sync", "remove", "1", "--yes"])
    assert removed.exit_code == 0, removed.output
    assert "2 board webhook(s) deleted" in removed.output
    assert client.webhooks(board.id) == []
    assert requests.get(f"{monday_sandbox.url}/_sandbox/webhooks", timeout=5).json() == []
    assert json.loads(runner.invoke(cli, ["sync", "list", "--json"]).output) == []
    kept = json.loads(runner.invoke(cli, ["audit", "--json", "--syspro-id", "S1"]).output)
    assert [(e["board_id"], e["board_sync_id"]) for e in kept] == [(board.id, None)]
    again = runner.invoke(cli, ["sync", "remove", "1", "--yes"])
    assert again.exit_code == 1 and "not found" in again.output
