""""Test connection" as a job: the web request only enqueues it and answers at once.

A slow SYSPRO (answers of 12 s, about 17 calls) would otherwise hold a web worker past its
timeout. The job runs the steps of syspro.connection_test with short timeouts and an overall
deadline; each finished step is appended to a Redis list the settings view polls (a cache: it
expires), and the whole report is stored on the connection in the database when it ends.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any, cast

import redis

from jobs.declare import Overlap, job
from jobs.runtime import Runtime, runtime
from store.board_syncs import connection_spec
from store.connections import get_connection, record_test_result
from sync import sources
from syspro import connection_test
from syspro.connection_report import summarize
from syspro.connection_test import StepResult
from syspro.settings import ConnectionSettings

STEP_FIELDS = frozenset(StepResult.__dataclass_fields__)

log = logging.getLogger(__name__)

# The whole test ends within this (plus one step's read timeout): a person is waiting.
DEADLINE_SECONDS = 60.0
STEP_READ_TIMEOUT = 15.0
PROGRESS_TTL_SECONDS = 3600


def progress_key(connection_id: int, run_id: str) -> str:
    return f"connection-test:{connection_id}:{run_id}"


def enqueue_check(connection: redis.Redis, account_id: int, connection_id: int) -> str | None:
    """A run id to poll, or None when a test of this connection is already waiting."""
    run_id = uuid.uuid4().hex
    connection.rpush(progress_key(connection_id, run_id), json.dumps({"queued": True}))
    connection.expire(progress_key(connection_id, run_id), PROGRESS_TTL_SECONDS)
    job_args = {"account_id": account_id, "connection_id": connection_id, "run_id": run_id}
    if not check_connection.enqueue(connection, job_args):
        connection.delete(progress_key(connection_id, run_id))
        return None
    return run_id


def read_progress(client: redis.Redis, connection_id: int, run_id: str) -> dict[str, Any] | None:
    """{"done", "ok", "steps", "groups"}: the steps finished so far, and the groups (what the
    user wants: each entity, write-back) complete so far; None for an unknown or expired run."""
    raw_entries = cast(list[bytes], client.lrange(progress_key(connection_id, run_id), 0, -1))
    entries = [json.loads(raw) for raw in raw_entries]
    if not entries:
        return None
    steps = [e["step"] for e in entries if "step" in e]
    final = next((e for e in entries if "done" in e), None)
    return {"done": final is not None, "ok": final["ok"] if final else None, "steps": steps,
            "groups": group_dicts(steps, finished=final is not None)}


def group_dicts(steps: list[dict[str, Any]], *, finished: bool) -> list[dict[str, Any]]:
    results = [StepResult(**{k: v for k, v in s.items() if k in STEP_FIELDS}) for s in steps]
    return [vars(group) | {"line": group.line()}
            for group in summarize(results, finished=finished)]


# One test of a connection at a time; its steps end within DEADLINE_SECONDS.
@job(timeout=30 * 60, result_ttl=0, failure_ttl=24 * 3600, overlap=Overlap.SKIP,
     job_id=lambda args: f"connection-test-{args['connection_id']}")
def check_connection(args: dict[str, Any]) -> dict[str, Any]:
    """The job: run every step, publish each as it ends, record the report."""
    rt = runtime()
    account_id, connection_id, run_id = (args["account_id"], args["connection_id"],
                                         args["run_id"])
    key = progress_key(connection_id, run_id)
    steps: list[dict[str, Any]] = []
    for step in _steps(rt, account_id, connection_id):
        steps.append(step)
        rt.redis.rpush(key, json.dumps({"step": step}))
    ok = bool(steps) and all(step["ok"] for step in steps)
    report = {"steps": steps, "groups": group_dicts(steps, finished=True)}
    with rt.db.session() as session:
        record_test_result(session, account_id, connection_id, ok, report)
    rt.redis.rpush(key, json.dumps({"done": True, "ok": ok}))
    rt.redis.expire(key, PROGRESS_TTL_SECONDS)
    return {"ok": ok, "steps": len(steps)}


def _steps(rt: Runtime, account_id: int, connection_id: int) -> Iterator[dict[str, Any]]:
    try:
        config = _settings(rt, account_id, connection_id)
    except sources.ConnectionOptionError as exc:  # saved before options were checked
        yield _step("options", False, str(exc))
        return
    deadline = time.monotonic() + DEADLINE_SECONDS
    try:
        for result in connection_test.iter_connection_test(
            config, redis_client=rt.redis, cipher=rt.secret_box,
            connection_id=str(connection_id)
        ):
            yield vars(result)
            if time.monotonic() > deadline:
                yield _step("deadline", False, f"SYSPRO answered too slowly: the test stopped "
                            f"after {DEADLINE_SECONDS:.0f} s; the remaining steps were not run",
                            "timeout")
                return
    except Exception as exc:  # noqa: BLE001 - the person waiting needs a step, not a crash
        log.warning("connection test %s crashed: %s", connection_id, type(exc).__name__)
        yield _step("test", False, f"the test stopped unexpectedly ({type(exc).__name__})")


def _settings(rt: Runtime, account_id: int, connection_id: int) -> ConnectionSettings:
    """Built as a poll builds it (options, CA bundle PEM, ALLOW_* flags), with a short read
    timeout."""
    with rt.db.session() as session:
        spec = connection_spec(rt.secret_box, get_connection(session, account_id, connection_id))
    config = sources.connection_settings(
        spec, allow_private_networks=rt.settings.allow_private_networks,
        allow_loopback=rt.settings.allow_loopback,
    )
    return config.with_changes(read_timeout=min(config.read_timeout, STEP_READ_TIMEOUT))


def _step(name: str, ok: bool, detail: str, error_kind: str | None = None) -> dict[str, Any]:
    return vars(StepResult(name, ok, detail, error_kind, subject=name, advice=detail))
