"""Stand up the production processes against a real PostgreSQL and Redis and sync end to end.

    python -m deploy.check --database-url postgresql://user@host:5432/db [--redis-url URL]

What docs/deploying.md tells an operator to do, done by a script so it stays true:

1. the Procfile's `release` step (migrations) with APP_ENV=production and every required secret;
2. the Procfile's `web`, `worker` and `cron` lines, each exactly as written there, through a
   shell, each in a process group of its own;
3. the operator's CLI: `account add` (a monday token from the environment), `connection add`
   (passwords from the environment), `sync add` for a supplier-invoice board;
4. then nobody acts: the schedule polls, the worker pushes, and the board must equal SYSPRO
   (one item per invoice, no duplicates); /readyz answers 200.

SYSPRO and monday are the project's sandboxes (the only stand-ins), on loopback, which is why
ALLOW_LOOPBACK is set; a real deployment leaves it off. With no --redis-url a redis-server of
its own is started on a free port (a separate Redis, as in production). Exit status 0 only
when the board is right.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import requests
from cryptography.fernet import Fernet

from jobs.embedded_redis import free_port
from monday_api import MondayClient, MondayClientSettings
from sandbox.harness import SANDBOX_TOKEN
from sandbox.monday.server import start_in_thread as start_monday
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import start_in_thread as start_syspro

ROOT = Path(__file__).resolve().parents[1]
SEED = SeedSize(suppliers=8, customers=4, supplier_invoices=12, purchase_orders=4,
                customer_invoices=4, stock_items=4, gl_accounts=4)
# `sync add` queues provisioning and the first poll; the push is paced (40 writes a minute).
SETTLE_SECONDS = 180


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(line.split(":", 1) for line in lines if line.strip() and ":" in line)


def say(message: str) -> None:
    print(f"[deploy check] {message}", flush=True)


@contextmanager
def own_redis(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--save", "",
                               "--appendonly", "no"], stdout=subprocess.DEVNULL)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(timeout=10)


def production_env(database_url: str, redis_url: str, monday_url: str, port: int,
                   logs: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "APP_ENV": "production", "PORT": str(port), "WEB_CONCURRENCY": "2",
        "DATABASE_URL": database_url, "REDIS_URL": redis_url,
        "SECRET_KEY": os.urandom(24).hex(), "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "MONDAY_CLIENT_ID": "deploy-check", "MONDAY_CLIENT_SECRET": os.urandom(16).hex(),
        "MONDAY_SIGNING_SECRET": os.urandom(16).hex(),
        "MONDAY_API_URL": f"{monday_url}/v2", "MONDAY_AUTH_URL": monday_url,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}", "ALLOW_LOOPBACK": "true",
        "INSTANCE_PATH": str(logs / "instance"), "PYTHONUNBUFFERED": "1",
    }


class Processes:
    """The Procfile's long-running processes, each in its own group, logs to files."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.running: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, command: str) -> None:
        log = (self.logs / f"{name}.log").open("wb")
        self.running[name] = subprocess.Popen(command, shell=True, env=self.env, cwd=ROOT,
                                              stdout=log, stderr=subprocess.STDOUT,
                                              start_new_session=True)

    def alive(self) -> list[str]:
        return [name for name, p in self.running.items() if p.poll() is None]

    def stop(self) -> None:
        for process in self.running.values():
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.running.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)


def cli(env: dict[str, str], *args: str, extra: dict[str, str] | None = None) -> str:
    done = subprocess.run(["ml-connector", *args], env={**env, **(extra or {})}, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"`ml-connector {' '.join(args)}` failed: {done.stdout}{done.stderr}")
    return done.stdout.strip()


def wait_ready(port: int, processes: Processes) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if "web" not in processes.alive():
            raise SystemExit("the web process exited; see web.log")
        with suppress(requests.RequestException):
            answer = requests.get(f"http://127.0.0.1:{port}/readyz", timeout=5)
            if answer.status_code == 200:
                say(f"/readyz 200: {answer.json()['checks']}")
                return
        time.sleep(0.5)
    raise SystemExit("/readyz did not answer 200 within 60 s")


def wait_board(monday: MondayClient, board_id: str, expected: int) -> float:
    started = time.monotonic()
    names: list[str] = []
    while time.monotonic() - started < SETTLE_SECONDS:
        names = [item.name for item in monday.iter_items(board_id)]
        if len(names) >= expected:
            break
        time.sleep(3)
    if len(names) != expected or len(set(names)) != len(names):
        raise SystemExit(f"board {board_id}: {len(names)} items ({len(set(names))} distinct) "
                         f"for {expected} SYSPRO invoices after {SETTLE_SECONDS} s")
    return time.monotonic() - started


def run(database_url: str, redis_url: str, logs: Path) -> None:
    syspro = start_syspro(size=SEED)
    monday_sandbox = start_monday(board_mutations_per_minute=None)
    port = free_port()
    env = production_env(database_url, redis_url, monday_sandbox.url, port, logs)
    commands = procfile()
    say(f"release: {commands['release'].strip()}")
    say(subprocess.run(commands["release"], shell=True, env=env, cwd=ROOT, check=True,
                       capture_output=True, text=True).stdout.strip())
    processes = Processes(env, logs)
    try:
        for name in ("web", "worker", "cron"):
            processes.start(name, commands[name].strip())
        wait_ready(port, processes)
        monday = MondayClient(SANDBOX_TOKEN, MondayClientSettings(
            api_url=monday_sandbox.api_url))
        board = monday.create_board("SYSPRO supplier invoices")
        say(cli(env, "account", "add", extra={"MONDAY_PERSONAL_TOKEN": SANDBOX_TOKEN}))
        say(cli(env, "connection", "add", "--name", "head office", "--server-url",
                syspro.base_url, "--operator", "ADMIN", "--company-id", "DEMO",
                "--poll-interval-minutes", "5",
                extra={"SYSPRO_OPERATOR_PASSWORD": "sandbox", "SYSPRO_COMPANY_PASSWORD": ""}))
        say(cli(env, "sync", "add", "--connection", "1", "--board", board.id, "--entity",
                "supplier_invoices", "--interval", "5", "--first-sync", "all"))
        invoices = syspro.app.state.data.table("ApInvoice")
        if invoices is None:
            raise SystemExit("the SYSPRO sandbox's data has no ApInvoice table")
        expected = len(invoices.rows)
        took = wait_board(monday, board.id, expected)
        say(f"board {board.id}: {expected} items for {expected} SYSPRO invoices, "
            f"no duplicates, {took:.0f} s after `sync add` with nobody acting")
        if processes.alive() != ["web", "worker", "cron"]:
            raise SystemExit(f"a process died: only {processes.alive()} still run")
        say(cli(env, "sync", "list"))
    finally:
        processes.stop()
        monday_sandbox.stop()
        syspro.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"),
                        help="PostgreSQL URL of an empty database (default: DATABASE_URL)")
    parser.add_argument("--redis-url", default=None,
                        help="a Redis for this check alone (default: start one)")
    parser.add_argument("--logs", type=Path, default=Path("deploy-check-logs"),
                        help="folder for each process's log")
    args = parser.parse_args(argv)
    if not args.database_url or not args.database_url.startswith("postgresql"):
        parser.error("--database-url must name a PostgreSQL database (postgresql://...)")
    args.logs.mkdir(parents=True, exist_ok=True)
    with own_redis(args.redis_url) as redis_url:
        run(args.database_url, redis_url, args.logs.resolve())
    say("passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
