"""Jobs are declared once (jobs/declare.py): every `@job` in the tree is in the worker's
catalog, importable by the path rq stores, named uniquely, and enqueued with its declaration."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

import pytest
import redis
from rq import Queue
from rq.job import Job, JobStatus
from rq.utils import import_attribute

from jobs import cron_config
from jobs.catalog import JOB_MODULES, declared_jobs
from jobs.declare import QUEUE_NAME, DeclaredJob, Overlap, job

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("config", "monday_api", "syspro", "store", "sync", "jobs", "monday_app", "cli",
           "sandbox", "deploy")


def _top_level_functions() -> list[tuple[str, str, bool]]:
    """(module, function name, declared with @job) for every top-level product function."""
    found = []
    for package in PRODUCT:
        for path in sorted((ROOT / package).rglob("*.py")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            for node in ast.parse(path.read_text()).body:
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    declared = any(isinstance(d, ast.Call) and ast.unparse(d.func) == "job"
                                   for d in node.decorator_list)
                    found.append((module, node.name, declared))
    return found


def test_every_job_in_the_tree_is_in_the_workers_catalog() -> None:
    in_tree = {f"{module}.{name}" for module, name, declared in _top_level_functions()
               if declared}
    assert len(in_tree) > 10  # the scan works
    assert {j.path for j in declared_jobs().values()} == in_tree
    assert {path.rsplit(".", 1)[0] for path in in_tree} == {m.__name__ for m in JOB_MODULES}


@pytest.mark.parametrize("name", sorted(declared_jobs()))
def test_a_worker_imports_each_job_by_the_path_rq_stores(name: str) -> None:
    declared = declared_jobs()[name]
    assert import_attribute(declared.path) is declared
    assert declared.path.startswith("jobs.") and declared.name == name


def test_no_two_product_functions_share_a_jobs_name() -> None:
    """A job's name says which function it is, wherever it is read (rq info, logs, tests)."""
    names = [name for _, name, _ in _top_level_functions()]
    shared = {name: names.count(name) for name in declared_jobs() if names.count(name) > 1}
    assert shared == {}


def test_a_second_job_of_the_same_name_is_refused() -> None:
    def poll_board_sync(board_sync_id: int) -> None: ...

    with pytest.raises(ValueError, match="declared twice"):
        job(timeout=1)(poll_board_sync)


def test_a_job_id_rule_comes_with_an_overlap_rule() -> None:
    def one_off_job_without_overlap() -> None: ...

    with pytest.raises(ValueError, match="overlap"):
        job(timeout=1, job_id=lambda: "x")(one_off_job_without_overlap)


def test_the_cron_schedules_declared_jobs_only() -> None:
    tree = ast.parse(Path(cron_config.__file__).read_text())
    scheduled = [getattr(cron_config, node.args[0].id) for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and ast.unparse(node.func) == "schedule"]
    assert len(scheduled) == 3
    assert all(isinstance(s, DeclaredJob) and s.name in declared_jobs() for s in scheduled)


def test_an_enqueue_carries_the_declaration(redis_conn: redis.Redis) -> None:
    jobs = declared_jobs()
    assert jobs["poll_board_sync"].enqueue(redis_conn, 5)
    poll = Job.fetch("poll-board-sync-5", connection=redis_conn)
    assert (poll.func_name, poll.args, poll.origin) == (jobs["poll_board_sync"].path, (5,),
                                                        QUEUE_NAME)
    assert (poll.timeout, poll.result_ttl, poll.failure_ttl) == (30 * 60, 0, 24 * 3600)
    assert not jobs["poll_board_sync"].enqueue(redis_conn, 5)  # one waits: not doubled

    edit = {"account_id": 1, "board_id": "2", "item_id": "3", "column_id": "phone",
            "value": None, "previous_value": None, "user_id": 4, "trigger_uuid": "t-1"}
    writeback = jobs["write_back_board_edit"]
    assert writeback.spec.overlap is Overlap.REFUSE
    assert writeback.enqueue(redis_conn, **edit) and not writeback.enqueue(redis_conn, **edit)
    stored = Job.fetch(writeback.job_id(**edit), connection=redis_conn)
    assert stored.id == "writeback-t-1" and stored.kwargs == edit
    assert (stored.retries_left, stored.retry_intervals) == (3, [30, 120, 600])


def test_a_delayed_enqueue_is_scheduled(redis_conn: redis.Redis) -> None:
    push = declared_jobs()["push_board_sync"]
    assert push.enqueue_in(redis_conn, timedelta(seconds=30), 9)
    assert Job.fetch(push.job_id(9), connection=redis_conn).get_status() == JobStatus.SCHEDULED
    assert Queue(QUEUE_NAME, connection=redis_conn).job_ids == []
