"""Jobs queued under a name a release has since changed still run after the deploy.

rq stores a job's function as a dotted path and imports it when a worker takes the job. A
release that renames a job function would fail every job of the old name still waiting in
Redis (a write-back of an edit a person made on monday among them), so the worker's job class
maps the old paths to the functions that do that work now (some old paths still resolve, to the
engine function a job wrapped, which takes other arguments). An entry can go once no release
that queued the old name runs anywhere (every job of it has run or expired).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rq.job import Job

OLD_NAMES = frozenset({
    "jobs.sync_jobs.provision_board_sync",
    "jobs.sync_jobs.sync_board_webhooks",
    "jobs.writeback.apply_board_edit",
})


def renamed_jobs() -> dict[str, Callable[..., Any]]:
    """Old dotted path -> the job function now. Imported when first needed: the supervisor
    imports the worker's settings and none of the engine."""
    from jobs.sync_jobs import set_up_board_sync, update_board_webhooks
    from jobs.writeback import write_back_board_edit

    return {
        "jobs.sync_jobs.provision_board_sync": set_up_board_sync,
        "jobs.sync_jobs.sync_board_webhooks": update_board_webhooks,
        "jobs.writeback.apply_board_edit": write_back_board_edit,
    }


class RenameAwareJob(Job):
    """rq's Job, running a job queued under an old name as the function that replaced it."""

    @property
    def func(self) -> Any:
        if self.func_name in OLD_NAMES:  # the engine is imported only for an old name
            return renamed_jobs()[self.func_name]
        return super().func
