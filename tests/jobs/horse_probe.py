"""Jobs that report what a work horse found when it started: run by the worker tests.

This module imports nothing of the product, so whatever of the product a horse has loaded when
one of these runs, it inherited from its worker.
"""

from __future__ import annotations

import sys

PRODUCT_MODULES = ("jobs.sync_jobs", "sync.poll", "sqlalchemy", "requests")


def product_modules_loaded() -> list[str]:
    """Which of PRODUCT_MODULES the horse already had."""
    return [name for name in PRODUCT_MODULES if name in sys.modules]


def inherited_pooled_connections() -> int:
    """Idle connections in the database pool of the runtime the worker built before forking."""
    from jobs.runtime import current_runtime

    current = current_runtime()
    assert current is not None, "the test installs a runtime in the worker first"
    return int(current.db.engine.pool.checkedin())
