"""The ml-connector command: help everywhere, migrations, key rotation."""

from __future__ import annotations

import json

import click
import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from cli import cli
from monday_app.factory import create_app
from store.connections import create_connection, decrypted_secrets
from store.crypto import SecretBox
from store.migrate import current_revision, head_revision
from store.models import Account, SysproConnection


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _all_commands(command, (*prefix, name))


@pytest.mark.parametrize("path", [(), *_all_commands(cli)], ids=lambda p: " ".join(p) or "root")
def test_help_everywhere(cli_runner, path) -> None:
    result = cli_runner.invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def test_db_upgrade(app_config, tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    app = create_app({**app_config, "DATABASE_URL": url})
    result = app.test_cli_runner().invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert current_revision(url) == head_revision()
    assert f"revision {head_revision()}" in result.output


def test_keys_rotate_moves_every_secret_to_the_new_key(app_config) -> None:
    old = app_config["ENCRYPTION_KEYS"]
    app = create_app(app_config)
    from store.migrate import upgrade

    upgrade(app_config["DATABASE_URL"])
    with app.extensions["store"].session() as s:
        s.add(Account(monday_account_id=5))
        s.flush()
        account_id = s.scalar(sa.select(Account.id))
        create_connection(
            s,
            SecretBox([old]),
            account_id,
            {
                "name": "m",
                "server_url": "http://h.example.com:90",
                "operator": "ADMIN",
                "company_id": "DEMO",
                "operator_password": "pw-1",
            },
        )
    new = Fernet.generate_key().decode()
    rotated_app = create_app({**app_config, "ENCRYPTION_KEYS": f"{new},{old}"})
    result = rotated_app.test_cli_runner().invoke(cli, ["keys", "rotate"])
    assert result.exit_code == 0, result.output
    assert "re-encrypted 1 secret(s)" in result.output
    with rotated_app.extensions["store"].session() as s:
        conn = s.scalar(sa.select(SysproConnection))
        assert decrypted_secrets(SecretBox([new]), conn)["operator_password"] == "pw-1"


def _connection_under(app_config, key: str) -> None:
    from store.migrate import upgrade

    upgrade(app_config["DATABASE_URL"])
    app = create_app(app_config)
    with app.extensions["store"].session() as s:
        s.add(Account(monday_account_id=6))
        s.flush()
        create_connection(s, SecretBox([key]), s.scalar(sa.select(Account.id)), {
            "name": "m", "server_url": "http://h.example.com:90", "operator": "ADMIN",
            "company_id": "DEMO", "operator_password": "pw-1"})


def test_keys_rotate_with_a_wrong_key_says_so_in_one_line(app_config) -> None:
    _connection_under(app_config, app_config["ENCRYPTION_KEYS"])
    wrong = Fernet.generate_key().decode()
    app = create_app({**app_config, "ENCRYPTION_KEYS": wrong})
    result = app.test_cli_runner().invoke(cli, ["keys", "rotate"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.output.count("\n") == 1 and "nothing was changed" in result.output


def test_keys_rotate_failure_prints_no_traceback(app_config, tmp_path) -> None:
    """As a person runs it: one line on stderr, exit code 1, the stored secret untouched."""
    import os
    import subprocess
    import sys

    _connection_under(app_config, app_config["ENCRYPTION_KEYS"])
    env = {**os.environ, **{k: str(v) for k, v in app_config.items()},
           "ENCRYPTION_KEYS": Fernet.generate_key().decode()}
    done = subprocess.run(
        [sys.executable, "-m", "cli", "keys", "rotate"], env=env,
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    app = create_app(app_config)
    with app.extensions["store"].session() as s:
        conn = s.scalar(sa.select(SysproConnection))
        box = SecretBox([app_config["ENCRYPTION_KEYS"]])
        assert decrypted_secrets(box, conn)["operator_password"] == "pw-1"


def test_keys_generate_prints_a_fernet_key(cli_runner) -> None:
    result = cli_runner.invoke(cli, ["keys", "generate"])
    Fernet(result.output.strip().encode())


def test_connection_and_sync_commands(app, cli_runner) -> None:
    from store.accounts import upsert_account

    with app.extensions["store"].session() as s:
        upsert_account(s, 77, name="Acme")
    env = {"SYSPRO_OPERATOR_PASSWORD": "op-secret", "SYSPRO_COMPANY_PASSWORD": ""}
    added = cli_runner.invoke(cli, [
        "connection", "add", "--name", "main", "--server-url", "http://syspro.example.com:90",
        "--operator", "ADMIN", "--company-id", "DEMO"], env=env)
    assert added.exit_code == 0, added.output
    listed = cli_runner.invoke(cli, ["connection", "list", "--json"])
    assert json.loads(listed.output)[0]["operator_password"] == "********"
    assert "op-secret" not in listed.output

    bad = cli_runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", "123",
                              "--entity", "supplier_invoices", "--interval", "3",
                              "--skip-board-check"])
    assert bad.exit_code == 1 and "between 5 and 60" in bad.output
    good = cli_runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", "123",
                               "--entity", "supplier_invoices", "--no-post-updates",
                               "--skip-board-check"])
    assert good.exit_code == 0, good.output
    assert cli_runner.invoke(cli, ["sync", "disable", "1"]).exit_code == 0
    rows = json.loads(cli_runner.invoke(cli, ["sync", "list", "--json"]).output)
    assert rows[0]["enabled"] is False and rows[0]["health"] == "disabled"
    assert cli_runner.invoke(cli, ["sync", "enable", "1"]).exit_code == 0
    rows = json.loads(cli_runner.invoke(cli, ["sync", "list", "--json"]).output)
    assert rows[0]["enabled"] is True and rows[0]["health"] == "ok"
    missing = cli_runner.invoke(cli, ["sync", "disable", "99"])
    assert missing.exit_code == 1 and "not found" in missing.output
    audit = cli_runner.invoke(cli, ["audit", "--json"])
    assert audit.exit_code == 0 and json.loads(audit.output) == []
    assert rows[0]["capacity"]["policy"] == "archive"  # the default

    # What a full board does: chosen at `sync add`, changed with `sync capacity`.
    rolled = cli_runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", "124",
                                 "--entity", "supplier_invoices", "--skip-board-check",
                                 "--capacity-policy", "rollover"])
    assert rolled.exit_code == 0, rolled.output
    wrong = cli_runner.invoke(cli, ["sync", "add", "--connection", "1", "--board", "125",
                                "--entity", "supplier_invoices", "--skip-board-check",
                                "--archive-after-days", "-3"])
    assert wrong.exit_code == 1 and "archive_after_days" in wrong.output
    changed = cli_runner.invoke(cli, ["sync", "capacity", "2", "--policy", "archive",
                                  "--archive-after-days", "30"])
    assert changed.exit_code == 0 and "archive after 30 days" in changed.output
    rows = json.loads(cli_runner.invoke(cli, ["sync", "list", "--json"]).output)
    assert [r["capacity"]["policy"] for r in rows] == ["archive", "archive"]
    assert rows[1]["capacity"]["archive_after_days"] == 30


def test_connection_add_takes_every_schema_field_and_reports_all_problems(app, cli_runner) -> None:
    from store.accounts import upsert_account

    with app.extensions["store"].session() as s:
        upsert_account(s, 78, name="Flags")
    env = {"SYSPRO_OPERATOR_PASSWORD": "op-secret", "SYSPRO_COMPANY_PASSWORD": ""}
    bad = cli_runner.invoke(cli, [
        "connection", "add", "--name", "x", "--server-url", "http://127.0.0.1:90",
        "--operator", "A", "--company-id", "D", "--timeout-seconds", "0",
        "--comfnd-page-size", "many"], env=env)
    assert bad.exit_code == 1 and len(bad.output.strip().splitlines()) == 1
    for text in ("Server URL: 127.0.0.1 is a loopback address; set ALLOW_LOOPBACK=true",
                 "Read timeout (seconds): must be between 1 and 300",
                 "COMFND page size: must be a whole number"):
        assert text in bad.output
    good = cli_runner.invoke(cli, [
        "connection", "add", "--name", "y", "--server-url", "http://syspro.example.com:90",
        "--operator", "A", "--company-id", "D", "--no-verify-tls", "--comfnd-page-size", "50",
        "--comfnd-paging", "single", "--grn-key-columns", "Supplier, Grn",
        "--ar-terms-days", '{"45": 45}'], env=env)
    assert good.exit_code == 0, good.output
    listed = json.loads(cli_runner.invoke(cli, ["connection", "list", "--json"]).output)
    (row,) = [r for r in listed if r["name"] == "y"]
    assert row["verify_tls"] is False and row["rest_base_path"] == "/SYSPROWCFService/Rest"
    assert row["options"] == {"comfnd_page_size": 50, "comfnd_paging": "single",
                              "grn_key_columns": ["Supplier", "Grn"], "ar_terms_days": {"45": 45}}


def test_connection_test_prints_what_works_in_plain_words(app_config) -> None:
    """Against the SYSPRO sandbox's limited operator: one line per group, the same as --json."""
    from sandbox.syspro.server import start_in_thread
    from store.accounts import upsert_account
    from store.migrate import upgrade

    syspro = start_in_thread()
    upgrade(str(app_config["DATABASE_URL"]))
    app = create_app({**app_config, "ALLOW_LOOPBACK": "true"})
    try:
        with app.extensions["store"].session() as s:
            upsert_account(s, 79, name="Viewer")
        runner = app.test_cli_runner()
        added = runner.invoke(cli, [
            "connection", "add", "--name", "v", "--server-url", syspro.base_url,
            "--operator", "VIEWER", "--company-id", "DEMO"],
            env={"SYSPRO_OPERATOR_PASSWORD": "sandbox", "SYSPRO_COMPANY_PASSWORD": ""})
        assert added.exit_code == 0, added.output
        tested = runner.invoke(cli, ["connection", "test", "1"])
        assert tested.exit_code == 1
        lines = tested.output.splitlines()
        assert "Supplier invoices ✔ — readable through e.net" in lines
        assert any(line.startswith("Customer invoices ✘ — operator VIEWER may not read "
                                   "ArInvoice (ask your SYSPRO administrator") for line in lines)
        as_json = json.loads(runner.invoke(cli, ["connection", "test", "1", "--json"]).output)
        assert as_json["ok"] is False
        # Printed as each group completes; the same lines, whatever the order.
        assert sorted(g["line"] for g in as_json["groups"]) == sorted(lines)

        # Set to sync only what VIEWER may read: the rest is listed apart and does not fail.
        bad = runner.invoke(cli, [
            "connection", "add", "--name", "w", "--server-url", syspro.base_url,
            "--operator", "VIEWER", "--company-id", "DEMO", "--sync-entities",
            "suppliers,invoices"], env={"SYSPRO_OPERATOR_PASSWORD": "sandbox",
                                         "SYSPRO_COMPANY_PASSWORD": ""})
        assert bad.exit_code == 1 and "Data to sync: 'invoices' is unknown" in bad.output
        added = runner.invoke(cli, [
            "connection", "add", "--name", "w", "--server-url", syspro.base_url,
            "--operator", "VIEWER", "--company-id", "DEMO", "--sync-entities",
            "supplier_invoices,suppliers"],
            env={"SYSPRO_OPERATOR_PASSWORD": "sandbox", "SYSPRO_COMPANY_PASSWORD": ""})
        assert added.exit_code == 0, added.output
        listed = runner.invoke(cli, ["connection", "list"]).output.splitlines()
        assert "syncs all" in listed[0] and "syncs supplier_invoices,suppliers" in listed[1]
        chosen = runner.invoke(cli, ["connection", "test", "2"])
        assert chosen.exit_code == 0, chosen.output
        mine, others = chosen.output.split("Not chosen to sync on this connection (")
        assert "Supplier invoices ✔" in mine and "Customer invoices" not in mine
        assert "  Customer invoices ✘ — operator VIEWER may not read ArInvoice" in others
        as_json = json.loads(runner.invoke(cli, ["connection", "test", "2", "--json"]).output)
        assert (as_json["ok"], as_json["chosen_ok"]) == (False, True)
        assert {g["group"] for g in as_json["groups"] if not g["wanted"]} >= {
            "Customer invoices", "Write-back to suppliers"}
        shown = json.loads(runner.invoke(cli, ["connection", "list", "--json"]).output)
        assert [c["last_test_ok"] for c in shown] == [False, True]
    finally:
        app.extensions["store"].dispose()
        syspro.stop()
