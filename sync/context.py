"""What the engine needs from outside, handed in: database, Redis, secrets, clients, clock.

Jobs build one from the worker's runtime; tests and the inline CLI build their own. The engine
never reaches for globals, so the same code runs under RQ, inline and in tests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import redis

from store.board_capacity import CapacityLimits, limits_from
from store.crypto import SecretBox
from store.db import Database
from store.types import utcnow

if TYPE_CHECKING:  # only for the factories' signatures: these modules build on this one
    from monday_api import MondayClient
    from store.board_syncs import BoardSyncSpec
    from syspro.readers.base import EntityReader
    from syspro.writers import ReferenceWriter


class ReaderFactory(Protocol):
    """The SYSPRO reader for one board sync's connection."""

    def __call__(self, spec: BoardSyncSpec, /) -> EntityReader: ...


class MondayFactory(Protocol):
    """The monday client for one board sync's account (raises NotFound when no token is left)."""

    def __call__(self, spec: BoardSyncSpec, /) -> MondayClient: ...


class WriterFactory(Protocol):
    """The SYSPRO reference-data writer for one board sync's connection (write-back)."""

    def __call__(self, spec: BoardSyncSpec, /) -> ReferenceWriter: ...


@dataclass(frozen=True)
class EngineSettings:
    # Re-read this far back from the cursor: postings can arrive late with older dates.
    overlap: timedelta = timedelta(days=2)
    # Rows per database transaction during a poll (memory stays flat per batch).
    poll_batch_size: int = 500
    # Records per monday request during a push (aliased mutations).
    push_batch_size: int = 25
    # How long one push job drains before handing over to a follow-up job.
    push_time_budget: timedelta = timedelta(minutes=5)
    # A push that finds its board held by another live writer comes back this much later.
    board_busy_retry: timedelta = timedelta(seconds=30)
    # A full re-read that would mark more than this share of records vanished is suspect
    # (operator restrictions silently remove rows); nothing is marked and health says why.
    max_vanish_ratio: float = 0.5
    # Look items up by SYSPRO ID before creating them (an earlier install, lost local state).
    lookup_before_create: bool = True
    # Rowversion cursor: start each poll at the marks of the poll before, so a write that
    # committed late with a lower rowversion (a long SYSPRO transaction) is still read.
    rowversion_lag: bool = True
    # In auto mode, a connection that could not filter on the rowversion is tried again
    # after this long (an upgrade or a permission change may have fixed it).
    rowversion_reprobe: timedelta = timedelta(hours=24)
    # The full compare of each board sync with SYSPRO and its board (drift repair).
    reconcile_interval: timedelta = timedelta(hours=24)
    # Full boards (sync/capacity.py): monday's cap per board and when to warn; at most this
    # many items archived per push; creates that found no room are tried again this much later.
    capacity: CapacityLimits = field(default_factory=CapacityLimits)
    archive_batch: int = 500
    board_full_retry: timedelta = timedelta(hours=1)
    # Demos and benchmarks only: the schedule runs this many times faster than real time.
    clock_speed: float = 1.0


@dataclass
class EngineContext:
    db: Database
    redis: redis.Redis
    secret_box: SecretBox
    # Clients built per board sync by the caller's wiring (jobs.engine.engine_context):
    reader_factory: ReaderFactory
    monday_factory: MondayFactory
    writer_factory: WriterFactory  # write-back (sync.writeback)
    settings: EngineSettings = field(default_factory=EngineSettings)
    # None: the caller pushes itself (inline runs, tests) instead of queueing a push job.
    enqueue_push: Callable[[int, timedelta | None], None] | None = None
    clock: Callable[[], datetime] = utcnow
    # Custom triggers (sync.triggers):
    signing_secret: str = ""  # signs custom-trigger firings (MONDAY_SIGNING_SECRET)
    public_base_url: str = ""  # where monday reaches us (board webhooks point here)
    monday_client_id: str = ""  # named in the trigger firing's token
    # Which non-public addresses outbound calls made from user or monday input may reach
    # (ALLOW_PRIVATE_NETWORKS / ALLOW_LOOPBACK): trigger webhook URLs go through the same guard.
    allow_private_networks: bool = False
    allow_loopback: bool = False


def engine_settings_from(tuning: Mapping[str, str]) -> EngineSettings:
    """EngineSettings from SYNC_* variables; a malformed value names the variable."""

    def number(name: str, default: float) -> float:
        raw = tuning.get(name, "").strip()
        if not raw:
            return default
        try:
            return float(raw)
        except ValueError as exc:
            raise ValueError(f"{name}={raw!r} is not a number") from exc

    base = EngineSettings()
    return EngineSettings(
        overlap=timedelta(days=number("SYNC_OVERLAP_DAYS", base.overlap.days)),
        poll_batch_size=int(number("SYNC_POLL_BATCH_SIZE", base.poll_batch_size)),
        push_batch_size=int(number("SYNC_PUSH_BATCH_SIZE", base.push_batch_size)),
        push_time_budget=timedelta(
            seconds=number("SYNC_PUSH_TIME_BUDGET_SECONDS", base.push_time_budget.seconds)
        ),
        board_busy_retry=timedelta(
            seconds=number("SYNC_BOARD_BUSY_RETRY_SECONDS", base.board_busy_retry.seconds)
        ),
        max_vanish_ratio=number("SYNC_MAX_VANISH_RATIO", base.max_vanish_ratio),
        rowversion_lag=bool(number("SYNC_ROWVERSION_LAG", 1.0 if base.rowversion_lag else 0.0)),
        reconcile_interval=timedelta(
            hours=number("SYNC_RECONCILE_HOURS", base.reconcile_interval.total_seconds() / 3600)
        ),
        clock_speed=max(1.0, number("SYNC_CLOCK_SPEED", base.clock_speed)),
        capacity=limits_from(tuning),
        archive_batch=int(number("SYNC_ARCHIVE_BATCH", base.archive_batch)),
        board_full_retry=timedelta(seconds=number(
            "SYNC_BOARD_FULL_RETRY_SECONDS", base.board_full_retry.total_seconds())),
    )
