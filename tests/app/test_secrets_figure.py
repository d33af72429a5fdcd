"""The secrets figure: a full run over real HTTP, then every place it wrote searched for every
secret and token it used. Expected: 0 found.

The Procfile's three processes run as the Procfile starts them: the app under gunicorn (access
log on, app log at DEBUG), a real RQ worker and the cron schedule (rq's loggers at DEBUG);
SYSPRO and monday are the sandboxes. The run: OAuth install through the consent page, lifecycle
install, the settings and board views opened with `?sessionToken=`, a connection saved with
operator, company and OData passwords, Test connection, a custom-trigger recipe and a sync
recipe (provisioning, poll, push, trigger firing on the worker), a lookup board whose edit is
written back to SYSPRO (after SYSPRO forgot the session), a write-back while e.net drops every
connection, sync-now, then a wrong operator password and a changed OData password (Test
connection, polls and a write-back fail; error chains and failed jobs are written).

Searched afterwards: every database table (all columns as text), the audit error chains and
health reasons, every Redis key of every type (rq's compressed job data opened), every log of
every process. Each secret is looked for raw, URL-encoded and base64.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
import redis
import requests
from cryptography.fernet import Fernet
from rq import Queue
from rq.registry import FailedJobRegistry, StartedJobRegistry

from jobs.declare import QUEUE_NAME
from jobs.sync_jobs import poll_board_sync, set_up_board_sync
from sandbox.monday.server import RunningSandbox as MondaySandbox
from sandbox.monday.server import start_in_thread as start_monday
from sandbox.syspro.seed import SeedSize
from sandbox.syspro.server import RunningSandbox as SysproSandbox
from sandbox.syspro.server import start_in_thread as start_syspro
from sandbox.syspro.state import Operator
from store.audit import AuditFilter, query
from store.board_syncs import create_board_sync
from store.db import Database
from store.migrate import upgrade
from store.models import Account, BoardSync
from tests.app.secret_hunt import (
    Place,
    SecretSet,
    audit_chain_place,
    database_places,
    hunt,
    log_places,
    redis_places,
)
from tests.app.test_local_flow import oauth_install

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SEED = SeedSize(suppliers=6, customers=4, supplier_invoices=12, purchase_orders=4,
                customer_invoices=4, stock_items=4, gl_accounts=4)
CLIENT_ID = "figure-client-id"
RQ_BOOT = (  # rq's command line, with every logger at DEBUG
    "import logging, sys; "
    "logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, "
    "format='%(asctime)s %(levelname)s %(name)s: %(message)s'); "
    "from rq.cli import main; sys.argv[0] = 'rq'; main()"
)


def _random(prefix: str) -> str:
    return f"{prefix}-{os.urandom(12).hex()}"


@dataclass
class Run:
    """What the run used and where it wrote."""

    secrets: SecretSet = field(default_factory=SecretSet)
    logs: dict[str, Path] = field(default_factory=dict)
    minted_jwts: list[str] = field(default_factory=list)
    session_ids: list[str] = field(default_factory=list)
    trigger_tokens: list[str] = field(default_factory=list)


class _RecordingJwt:
    """Stands in for the jwt module inside the monday sandbox: remembers every token minted."""

    def __init__(self, minted: list[str]) -> None:
        self._minted = minted

    def encode(self, *args: Any, **kwargs: Any) -> str:
        token = jwt.encode(*args, **kwargs)
        self._minted.append(token)
        return token

    def __getattr__(self, name: str) -> Any:
        return getattr(jwt, name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _procfile_command(name: str) -> str:
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name} process in the Procfile")


class Process:
    """A child process whose stdout and stderr go to files (the logs searched afterwards)."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], run: Run,
                 tmp: Path, *, shell: bool = False) -> None:
        self.out, self.err = tmp / f"{name}.out.log", tmp / f"{name}.err.log"
        run.logs[f"{name} stdout"], run.logs[f"{name} stderr"] = self.out, self.err
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                argv[0] if shell else argv, shell=shell, env=env, cwd=ROOT, stdout=out,
                stderr=err, start_new_session=True)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)


def wait_for(what: str, check: Callable[[], Any], timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def settle(redis_url: str, timeout: float = 60) -> None:
    connection = redis.Redis.from_url(redis_url)
    queue = Queue(QUEUE_NAME, connection=connection)
    started = StartedJobRegistry(queue=queue)
    wait_for("the queue to drain", lambda: queue.count == 0 and started.count == 0, timeout)
    connection.close()


# --- the stack ---------------------------------------------------------------------------------


@dataclass
class Stack:
    url: str
    syspro: SysproSandbox
    monday: MondaySandbox
    db: Database
    redis_url: str
    run: Run
    env: dict[str, str]
    processes: list[Process] = field(default_factory=list)

    def stop_processes(self) -> None:
        """Logs are complete once the processes have exited (gunicorn flushes on its way out)."""
        for process in self.processes:
            process.stop()

    def monday_call(self, path: str, **body: Any) -> dict[str, Any]:
        answer = requests.post(f"{self.monday.url}/_sandbox/apps/{path}", json=body, timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def session_token(self) -> str:
        return self.monday_call("session-token", account_id=1, user_id=1)["token"]

    def view_api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """An API call from the settings view's page, as the browser makes it: the session
        token as Bearer, the page's URL (with its ?sessionToken=) as Referer."""
        token = self.session_token()
        page = f"{self.url}/views/settings?sessionToken={token}"
        headers = {"Authorization": f"Bearer {token}", "Referer": page}
        return requests.request(method, self.url + path, headers=headers, timeout=30, **kwargs)

    def test_connection(self, connection_id: int) -> dict[str, Any]:
        """Press "Test connection": the worker runs it; poll its steps as the page does."""
        started = self.view_api("POST", f"/api/connections/{connection_id}/test")
        assert started.status_code == 202, started.text
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            progress = self.view_api("GET", started.json()["status_url"]).json()
            if progress.get("done"):
                return progress
            time.sleep(0.3)
        raise AssertionError("the connection test job did not finish")

    def create_board(self, token: str, name: str) -> str:
        query = "mutation ($n: String!) { create_board(board_name: $n, board_kind: public) { id } }"
        answer = requests.post(self.monday.api_url, headers={"Authorization": token}, timeout=10,
                               json={"query": query, "variables": {"n": name}})
        body = answer.json()
        assert "errors" not in body, body
        return str(body["data"]["create_board"]["id"])


def _sandboxes(run: Run, monkeypatch: pytest.MonkeyPatch, client_secret: str,
               signing_secret: str) -> tuple[SysproSandbox, MondaySandbox]:
    import sandbox.monday.apps as apps_module
    import sandbox.monday.webhooks as webhooks_module

    recorder = _RecordingJwt(run.minted_jwts)
    monkeypatch.setattr(apps_module, "jwt", recorder)
    monkeypatch.setattr(webhooks_module, "jwt", recorder)
    syspro = start_syspro(size=SEED, company_password=_random("co-pw"))
    monday = start_monday(clock_speed=60.0, client_id=CLIENT_ID, client_secret=client_secret,
                          signing_secret=signing_secret)
    state = syspro.app.state
    state.operators["ADMIN"].password = _random("op-pw")
    # OData reads with an operator of its own, so its password is a secret of its own.
    state.operators["ODATA"] = Operator("ODATA", _random("odata-pw"), "OData reader")
    logon = state.sessions.logon

    def recording_logon(operator: str) -> str:
        session_id = logon(operator)
        run.session_ids.append(session_id)
        return session_id

    state.sessions.logon = recording_logon  # type: ignore[method-assign]
    engine = monday.sandbox.engine
    record = engine.record_trigger_event

    def recording_trigger(subscription_id: int, header: str | None, body: Any) -> Any:
        run.trigger_tokens.append(header or "")
        return record(subscription_id, header, body)

    engine.record_trigger_event = recording_trigger  # type: ignore[method-assign]
    return syspro, monday


@pytest.fixture
def stack(redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stack]:
    run = Run()
    client_secret, signing_secret = _random("client-secret"), _random("signing-secret")
    keys = [Fernet.generate_key().decode() for _ in range(2)]
    syspro, monday = _sandboxes(run, monkeypatch, client_secret, signing_secret)
    port = _free_port()
    database_url = f"sqlite:///{tmp_path / 'figure.db'}"
    upgrade(database_url)
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "APP_ENV": "testing", "LOG_LEVEL": "DEBUG", "PYTHONUNBUFFERED": "1",
        "DATABASE_URL": database_url, "REDIS_URL": redis_url,
        "SECRET_KEY": _random("secret-key"), "ENCRYPTION_KEYS": ",".join(keys),
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "MONDAY_CLIENT_ID": CLIENT_ID, "MONDAY_CLIENT_SECRET": client_secret,
        "MONDAY_SIGNING_SECRET": signing_secret, "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "MONDAY_AUTH_URL": monday.url, "MONDAY_API_URL": monday.api_url,
        "ALLOW_LOOPBACK": "true", "MONDAY_PACE_WINDOW_SECONDS": "1",
        "PORT": str(port), "WEB_CONCURRENCY": "2",
    }
    for name in ("SECRET_KEY", "MONDAY_CLIENT_SECRET", "MONDAY_SIGNING_SECRET"):
        run.secrets.add(name, env[name])
    run.secrets.extend("Fernet key (ENCRYPTION_KEYS)", keys)
    web = Process("web", [f"exec {_procfile_command('web')}"], env, run, tmp_path, shell=True)
    worker = Process("worker", [sys.executable, "-c", RQ_BOOT, "worker", "--with-scheduler",
                                "--url", redis_url, QUEUE_NAME], env, run, tmp_path)
    cron = Process("cron", [sys.executable, "-c", RQ_BOOT, "cron", "jobs.cron_config",
                            "--url", redis_url], env, run, tmp_path)
    db = Database(database_url)
    stack = Stack(f"http://127.0.0.1:{port}", syspro, monday, db, redis_url, run, env,
                  [web, worker, cron])
    try:
        wait_for("gunicorn", lambda: _answers(stack.url + "/healthz"), timeout=30)
        yield stack
    finally:
        stack.stop_processes()
        db.dispose()
        syspro.stop()
        monday.stop()


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code < 500
    except requests.RequestException:
        return False


# --- the run -------------------------------------------------------------------------------------


def install(stack: Stack) -> str:
    """OAuth install through the sandbox's consent page, then monday's install event."""
    flow = SimpleNamespace(url=stack.url, sandbox=SimpleNamespace(url=stack.monday.url))
    known = set(stack.monday.sandbox.state.tokens)
    landing = oauth_install(flow)  # type: ignore[arg-type]
    assert "ml-connector is installed" in landing.text, landing.text
    for hop in landing.history:
        location = hop.headers.get("Location", "")
        stack.run.secrets.extend("OAuth code", parse_qs(urlsplit(location).query).get("code", []))
    installed = stack.monday_call("lifecycle", type="install", url=f"{stack.url}/monday/lifecycle",
                                  account_id=1, user_id=1)
    assert installed["state"] == "done", installed
    [access_token] = set(stack.monday.sandbox.state.tokens) - known
    return access_token


def save_connection(stack: Stack) -> int:
    syspro = stack.syspro
    operators = syspro.app.state.operators
    form = {
        "name": "main", "server_url": syspro.base_url, "operator": "ADMIN",
        "operator_password": operators["ADMIN"].password, "company_id": "DEMO",
        "company_password": syspro.app.state.company_password,
        "odata_url": syspro.odata_url, "odata_user": "ODATA",
        "odata_password": operators["ODATA"].password,
    }
    # The views open with the token in the URL, as monday's iframe does.
    for page in ("/views/settings", "/views/board"):
        opened = requests.get(f"{stack.url}{page}?sessionToken={stack.session_token()}",
                              timeout=10)
        assert opened.status_code == 200, opened.text
    saved = stack.view_api("POST", "/api/connections", json=form)
    assert saved.status_code == 201, saved.text
    connection_id = int(saved.json()["connection"]["id"])
    tested = stack.test_connection(connection_id)
    assert tested["ok"], tested
    return connection_id


def subscribe(stack: Stack, access_token: str) -> str:
    """A custom trigger recipe, then a sync recipe on a new board: provisioning, a first
    poll and push (which fires the trigger) run on the worker."""
    trigger = stack.monday_call(
        "recipes/subscribe", subscribe_url=f"{stack.url}/monday/recipes/trigger/subscribe",
        unsubscribe_url=f"{stack.url}/monday/recipes/trigger/unsubscribe", account_id=1,
        user_id=1, input_fields={"entity": "supplier_invoices"}, wait=True)
    assert trigger["subscription"]["status"] == "active", trigger
    board = stack.create_board(access_token, "AP invoices")
    synced = stack.monday_call(
        "recipes/subscribe", subscribe_url=f"{stack.url}/monday/recipes/sync/subscribe",
        unsubscribe_url=f"{stack.url}/monday/recipes/sync/unsubscribe", account_id=1,
        user_id=1, wait=True, input_fields={
            "boardId": int(board), "entity": "supplier_invoices",
            "interval": {"title": "15 minutes", "value": "15"},
            "firstSync": {"title": "Everything", "value": "all"}})
    assert synced["subscription"]["status"] == "active", synced
    wait_for("items on the board", lambda: len(_items(stack, board)) == SEED.supplier_invoices)
    wait_for("the custom trigger", lambda: any(
        e["status"] == 200 for e in _get(stack.monday.url + "/_sandbox/apps/trigger-events")))
    return board


def lookup_board(stack: Stack, access_token: str, connection_id: int) -> LookupBoard:
    """A lookup board of suppliers, provisioned, polled and pushed by the worker."""
    board = stack.create_board(access_token, "Suppliers")
    with stack.db.session() as session:
        account_id = session.query(Account).one().id
        sync_id = create_board_sync(session, account_id, {
            "connection_id": connection_id, "board_id": board, "entity": "suppliers",
            "mode": "lookup"}).id
    set_up_board_sync.enqueue(redis.Redis.from_url(stack.redis_url), sync_id)
    items = wait_for("suppliers on the board",
                     lambda: (i := _items(stack, board)) and len(i) == SEED.suppliers and i)
    settle(stack.redis_url)
    with stack.db.session() as session:
        columns = session.get(BoardSync, sync_id).provisioned_columns
    return LookupBoard(sync_id, [i["id"] for i in items], columns["telephone"]["id"])


@dataclass
class LookupBoard:
    sync_id: int
    item_ids: list[str]
    phone_column: str

    def edit(self, stack: Stack, index: int, phone: str) -> None:
        """A person (user 2) edits a telephone: monday calls the app's board webhook."""
        requests.post(f"{stack.monday.url}/_sandbox/items/{self.item_ids[index]}/column_values",
                      json={"column_values": {self.phone_column: phone}, "user_id": 2},
                      timeout=10).raise_for_status()


def write_back(stack: Stack, board: LookupBoard) -> None:
    # SYSPRO forgets the session first: the worker logs on again (a second session id).
    requests.post(f"{stack.syspro.base_url}/_sandbox/sessions/expire", json={},
                  timeout=5).raise_for_status()
    board.edit(stack, 0, "+44 20 7946 0999")
    suppliers = stack.syspro.app.state.data.table("ApSupplier").rows
    wait_for("the edit in SYSPRO", lambda: any(
        r["Telephone"] == "+44 20 7946 0999" for r in suppliers))


def syspro_drops_connections(stack: Stack, board: LookupBoard) -> None:
    """e.net drops every connection during a write-back: the transport's errors (whose URLs
    carry the session id) end in the audit trail and in the failed job's traceback."""
    faults = f"{stack.syspro.base_url}/_sandbox/faults"
    requests.post(faults, json={"kind": "drop", "scope": "enet", "count": 50},
                  timeout=5).raise_for_status()
    before = len(_audited(stack, board.sync_id, "failed"))
    board.edit(stack, 2, "+44 20 7946 0222")
    wait_for("the dropped write-back", lambda: len(
        _audited(stack, board.sync_id, "failed")) > before)
    requests.delete(faults, timeout=5).raise_for_status()


def sync_now(stack: Stack, connection_id: int) -> None:
    url = stack.view_api("GET", f"/api/connections/{connection_id}/sync-url").json()["url"]
    stack.run.secrets.add("sync-now token", url.rstrip("/").rsplit("/", 1)[1])
    called = requests.post(url, timeout=10)
    assert called.status_code == 202, called.text
    settle(stack.redis_url)


def wrong_password(stack: Stack, connection_id: int, board: LookupBoard) -> None:
    """The operator password is changed to a wrong one (Test connection fails at the e.net
    logon) and SYSPRO's OData password changes (polls fail reading)."""
    wrong = _random("wrong-op-pw")
    stack.run.secrets.add("wrong operator password", wrong)
    odata = stack.syspro.app.state.operators["ODATA"]
    stack.run.secrets.add("SYSPRO OData password", odata.password)
    odata.password = _random("new-odata-pw")
    changed = stack.view_api("PUT", f"/api/connections/{connection_id}",
                             json={"operator_password": wrong})
    assert changed.status_code == 200, changed.text
    requests.post(f"{stack.syspro.base_url}/_sandbox/sessions/expire", json={},
                  timeout=5).raise_for_status()
    tested = stack.test_connection(connection_id)
    assert not tested["ok"], tested
    with stack.db.session() as session:
        sync_ids = [s.id for s in session.query(BoardSync).all()]
    connection = redis.Redis.from_url(stack.redis_url)
    for sync_id in sync_ids:
        poll_board_sync.enqueue(connection, sync_id)
    settle(stack.redis_url)
    with stack.db.session() as session:
        reasons = [s.health_reason or "" for s in session.query(BoardSync).all()]
    assert all("SYSPRO refused" in reason for reason in reasons), reasons
    # A write-back now fails at the e.net logon: its error chain goes to the audit trail.
    before = len(_audited(stack, board.sync_id, "failed"))
    board.edit(stack, 1, "+44 20 7946 0111")
    wait_for("the failed write-back", lambda: len(
        _audited(stack, board.sync_id, "failed")) > before)
    settle(stack.redis_url)


def _audited(stack: Stack, sync_id: int, action: str) -> list[Any]:
    with stack.db.session() as session:
        return list(query(session, AuditFilter(board_sync_id=sync_id, actions=(action,))))


def _get(url: str) -> Any:
    return requests.get(url, timeout=10).json()


def _items(stack: Stack, board: str) -> list[dict[str, Any]]:
    body = _get(f"{stack.monday.url}/_sandbox/boards/{board}/items")
    return body["items"] if isinstance(body, dict) else body


def used_tokens(stack: Stack) -> None:
    """Everything the sandboxes minted or saw during the run."""
    run, secrets = stack.run, stack.run.secrets
    state = stack.syspro.app.state
    secrets.add("SYSPRO operator password", state.operators["ADMIN"].password)
    secrets.add("SYSPRO OData password", state.operators["ODATA"].password)
    secrets.add("SYSPRO company password", state.company_password)
    secrets.extend("e.net session id", run.session_ids)
    secrets.extend("monday API token (OAuth, short-lived)",
                   [t for t in stack.monday.sandbox.state.tokens if t != "sandbox-token"])
    for token in run.minted_jwts:
        claims = jwt.decode(token, options={"verify_signature": False})
        kind = ("view session token" if "aud" not in claims else
                "integration JWT" if "shortLivedToken" in claims else
                "lifecycle JWT" if "dat" in claims else "board webhook JWT")
        secrets.add(kind, token)
    secrets.extend("custom trigger JWT", run.trigger_tokens)


# --- the test -----------------------------------------------------------------------------------


def test_no_secret_the_run_used_is_stored_or_logged_in_clear(stack: Stack) -> None:
    access_token = install(stack)
    connection_id = save_connection(stack)
    subscribe(stack, access_token)
    board = lookup_board(stack, access_token, connection_id)
    write_back(stack, board)
    syspro_drops_connections(stack, board)
    sync_now(stack, connection_id)
    # Read before the password change, which ends the shared session (no key after it).
    session_places = [p for p in redis_places(redis.Redis.from_url(stack.redis_url))
                      if p.name.startswith("redis:syspro:session:")]
    wrong_password(stack, connection_id, board)
    settle(stack.redis_url)
    used_tokens(stack)
    stack.stop_processes()

    places = [
        *database_places(stack.env["DATABASE_URL"]),
        audit_chain_place(stack.env["DATABASE_URL"]),
        *redis_places(redis.Redis.from_url(stack.redis_url)),
        *session_places,
        *log_places(stack.run.logs),
    ]
    # The shared e.net session id is among the Redis keys searched (kept encrypted there).
    assert any(p.name.startswith("redis:syspro:session:") for p in places)
    findings = hunt(stack.run.secrets, places)
    _print_figure(stack, places, findings)
    access = (stack.run.logs["web stdout"]).read_text()
    assert "GET /views/settings?sessionToken=" in access, "the access log was not captured"
    assert not findings, "\n".join(
        f"{f.secret.kind} ({f.encoding}) in {f.place}: ...{f.context!r}..." for f in findings[:20])


def _print_figure(stack: Stack, places: list[Place], findings: list[Any]) -> None:
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(stack.run.secrets.kinds().items()))
    by_kind: dict[str, int] = {}
    for place in places:
        prefix = place.name.split(":", 1)[0]
        by_kind[prefix] = by_kind.get(prefix, 0) + 1
    where = ", ".join(f"{n} {k}" for k, n in sorted(by_kind.items()))
    failed = FailedJobRegistry(QUEUE_NAME, connection=redis.Redis.from_url(stack.redis_url))
    print(f"\nsecrets figure: {len(stack.run.secrets)} secrets checked ({kinds})\n"
          f"  {len(places)} places searched ({where}; {failed.count} failed jobs among the "
          f"Redis keys)\n  {len(findings)} found")
    for line in sorted({f"  {f.secret.kind} ({f.encoding}) in {f.place}" for f in findings}):
        print(line)
