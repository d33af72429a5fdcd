"""Jobs are declared once, on the function: `@job(...)` says which queue it runs on, how long
it may run, how it is retried, how long rq keeps its record, and the rule that names its job
id (what makes two requests "the same job" and what happens when one is already there).

Every enqueue goes through the declaration (`poll_board_sync.enqueue(redis, board_sync_id)`),
so no caller restates any of it. rq imports a job by its dotted path; `path` computes it from
the function object, here and nowhere else, so renaming or moving a job cannot leave a stale
string behind. A declared job is still an ordinary function: calling it runs it inline.

Every declared job is recorded in `DECLARED` by name; a second job of the same name is refused
at import, so one name means one job across the tree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Any, Generic, ParamSpec, TypeVar

from redis import Redis
from rq import Queue, Retry
from rq.defaults import DEFAULT_FAILURE_TTL, DEFAULT_RESULT_TTL
from rq.exceptions import DuplicateJobError

from jobs.queueing import enqueue_unique

P = ParamSpec("P")
R = TypeVar("R")

QUEUE_NAME = "default"
# rq's own default for a job without a timeout; stated so that every declaration shows one.
RQ_DEFAULT_TIMEOUT = 180


class Overlap(Enum):
    """What an enqueue does when a job with the same id is already there."""

    # No job id: every enqueue adds a job.
    ANY = "any"
    # rq's own uniqueness: any record under the id refuses the enqueue, including a finished
    # or failed one until its record expires (result_ttl / failure_ttl): no request storms.
    REFUSE = "refuse"
    # One waiting or running: the enqueue is skipped. A record nothing will run (finished,
    # failed, abandoned by a dead worker, unreadable) is cleared first (jobs/queueing.py).
    SKIP = "skip"
    # As SKIP, but while one runs a single follow-up is queued: work staged after the
    # runner's last look still gets done.
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class JobSpec:
    queue: str
    timeout: int  # seconds
    job_id: Callable[..., str] | None  # called with the job's own arguments
    overlap: Overlap
    retries: tuple[int, ...]  # seconds before each retry; empty: never retried
    result_ttl: int
    failure_ttl: int

    def rq_options(self) -> dict[str, Any]:
        """The keyword options every rq enqueue of this job gets."""
        options: dict[str, Any] = {"job_timeout": self.timeout, "result_ttl": self.result_ttl,
                                   "failure_ttl": self.failure_ttl}
        if self.retries:
            options["retry"] = Retry(max=len(self.retries), interval=list(self.retries))
        return options


class DeclaredJob(Generic[P, R]):
    """A job function with its declaration."""

    def __init__(self, function: Callable[P, R], spec: JobSpec) -> None:
        if (spec.job_id is None) != (spec.overlap is Overlap.ANY):
            raise ValueError(f"{function.__qualname__}: a job id rule needs an overlap rule")
        self.function = function
        self.spec = spec
        self.name = function.__name__
        # The one place a job's import path is spelled: what rq stores and a worker imports.
        self.path = f"{function.__module__}.{function.__qualname__}"
        functools.update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<job {self.path}>"

    def job_id(self, *args: P.args, **kwargs: P.kwargs) -> str:
        if self.spec.job_id is None:
            raise TypeError(f"{self.name} has no job id rule")
        return self.spec.job_id(*args, **kwargs)

    def enqueue(self, connection: Redis, *args: P.args, **kwargs: P.kwargs) -> bool:
        """Queue a run now. False when the declaration's overlap rule skipped it; only Redis
        being unreachable raises."""
        return self._enqueue(connection, None, args, kwargs)

    def enqueue_in(self, connection: Redis, delay: timedelta | None, *args: P.args,
                   **kwargs: P.kwargs) -> bool:
        """As `enqueue`, run no sooner than `delay` from now (None or zero: now)."""
        return self._enqueue(connection, delay, args, kwargs)

    def _enqueue(self, connection: Redis, delay: timedelta | None, args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> bool:
        spec = self.spec
        queue = Queue(spec.queue, connection=connection)
        options = spec.rq_options()
        if spec.job_id is None:
            _put(queue, self.path, args, kwargs, options, delay)
            return True
        job_id = spec.job_id(*args, **kwargs)
        if spec.overlap is Overlap.REFUSE:
            try:
                _put(queue, self.path, args, kwargs, {**options, "job_id": job_id,
                                                      "unique": True}, delay)
            except DuplicateJobError:
                return False
            return True
        return enqueue_unique(queue, self.path, args, kwargs, job_id, delay, options=options,
                              follow_up=spec.overlap is Overlap.FOLLOW_UP)


def _put(queue: Queue, path: str, args: tuple[Any, ...], kwargs: dict[str, Any],
         options: dict[str, Any], delay: timedelta | None) -> None:
    if delay and delay > timedelta(0):
        queue.enqueue_in(delay, path, args=args, kwargs=kwargs, **options)
    else:
        queue.enqueue(path, args=args, kwargs=kwargs, **options)


# Every declared job by name (jobs/catalog.py imports every module that declares one).
DECLARED: dict[str, DeclaredJob[..., Any]] = {}


def job(
    *,
    timeout: int,
    queue: str = QUEUE_NAME,
    job_id: Callable[..., str] | None = None,
    overlap: Overlap = Overlap.ANY,
    retries: tuple[int, ...] = (),
    result_ttl: int = DEFAULT_RESULT_TTL,
    failure_ttl: int = DEFAULT_FAILURE_TTL,
) -> Callable[[Callable[P, R]], DeclaredJob[P, R]]:
    """Declare the decorated function a job (see the module's docstring)."""
    spec = JobSpec(queue=queue, timeout=timeout, job_id=job_id, overlap=overlap,
                   retries=retries, result_ttl=result_ttl, failure_ttl=failure_ttl)

    def declare(function: Callable[P, R]) -> DeclaredJob[P, R]:
        declared = DeclaredJob(function, spec)
        known = DECLARED.get(declared.name)
        if known is not None and known.path != declared.path:
            raise ValueError(f"job {declared.name} is declared twice: {known.path}, "
                             f"{declared.path}")
        DECLARED[declared.name] = declared
        return declared

    return declare
