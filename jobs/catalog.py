"""Every module that declares jobs (jobs/declare.py), imported together.

The worker imports this before it forks, so every work horse inherits the job modules and
finds each job already in `DECLARED`; the tests check that every `@job` in the tree is here.
"""

from __future__ import annotations

from typing import Any

from jobs import (
    alerts,
    connection_check,
    maintenance,
    options,
    reconcile_schedule,
    schedule,
    session_logoff,
    sync_jobs,
    token_jobs,
    writeback,
)
from jobs.declare import DECLARED, DeclaredJob

JOB_MODULES = (alerts, connection_check, maintenance, options, reconcile_schedule, schedule,
               session_logoff, sync_jobs, token_jobs, writeback)


def declared_jobs() -> dict[str, DeclaredJob[..., Any]]:
    """Every declared job by name."""
    return dict(DECLARED)
