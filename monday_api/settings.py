"""Settings of the monday client and of its pacer, with environment overrides.

Uncertain monday facts (FACTS.md tags [I]/[U]) are settings here rather than constants, so an
operator can correct them without a code change; docs/monday-client.md lists them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

DEFAULT_API_URL = "https://api.monday.com/v2"
# The schema the project is validated against is 2026-10; pin it so a new Current version
# cannot change response shapes under us.
DEFAULT_API_VERSION = "2026-10"

# Per-plan limits (FACTS §2). "other" covers Basic/Standard/Free.
PLAN_REQUESTS_PER_MINUTE = {"enterprise": 5000, "pro": 2500, "other": 1000}
PLAN_CONCURRENT_REQUESTS = {"enterprise": 250, "pro": 100, "other": 40}


def _env_overrides(cls: type, env: Mapping[str, str], prefix: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for f in fields(cls):
        raw = env.get(prefix + f.name.upper())
        if raw is None or raw == "":
            continue
        kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", "str")
        if "bool" in kind:
            values[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
        elif "float" in kind:
            values[f.name] = float(raw)
        elif "int" in kind:
            values[f.name] = int(raw)
        else:
            values[f.name] = raw
    return values


@dataclass(frozen=True)
class MondayClientSettings:
    """How the client talks to monday. Env: MONDAY_API_URL, MONDAY_API_VERSION, MONDAY_..."""

    api_url: str = DEFAULT_API_URL
    api_version: str = DEFAULT_API_VERSION
    connect_timeout: float = 5.0
    # monday stops every call after 60 s server-side; read a little longer than that.
    read_timeout: float = 75.0
    # Attempts per request, including the first, for transient failures and rate limits.
    max_attempts: int = 6
    # HTTP 500 is often caused by the request itself (bad ids, malformed JSON): retry it twice
    # with the same Idempotency-Key, then fail the record.
    server_error_attempts: int = 3
    backoff_base_seconds: float = 1.0
    backoff_cap_seconds: float = 60.0
    # A single wait longer than this (e.g. a daily limit) is not slept through: the run fails.
    max_wait_seconds: float = 300.0
    # Ask for `complexity { ... }` in every request so the pacer learns the real budget.
    request_complexity: bool = True
    # Bulk first imports with ingest_items (FACTS §2, §4): the API version that has it,
    # whether to use it at all, and below how many creates plain mutations are used instead.
    ingest_enabled: bool = True
    ingest_min_api_version: str = "2026-07"
    ingest_min_records: int = 200
    ingest_rows_per_job: int = 10_000
    ingest_items_per_hour: int = 19_000  # per account, creates and updates together
    # How the CSV goes to the upload URL is not documented ([U]): method, content type, and
    # the header of the item-name column (the other headers are the column ids).
    ingest_upload_method: str = "PUT"
    ingest_upload_content_type: str = "text/csv"
    ingest_name_header: str = "name"
    # Status polling of a job, in monday seconds; a job not done within the wait is left for
    # the next push to pick up again (its id is stored).
    ingest_poll_seconds: float = 5.0
    ingest_max_wait_seconds: float = 1800.0
    # After ACCOUNT_CAPACITY_EXCEEDED, or when monday's schema has no ingest_items, plain
    # mutations are used for this long (monday seconds) before ingest is tried again.
    ingest_backoff_seconds: float = 3600.0

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, **overrides: object
    ) -> MondayClientSettings:
        values = _env_overrides(cls, os.environ if env is None else env, "MONDAY_")
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    def with_overrides(self, **overrides: object) -> MondayClientSettings:
        return replace(self, **overrides)  # type: ignore[arg-type]


@dataclass(frozen=True)
class PacingSettings:
    """How fast the pacer lets requests go. Env: MONDAY_PACE_<FIELD>."""

    # Not a documented monday limit (FACTS §2): the product's own per-board write cap.
    board_mutations_per_minute: int = 40
    plan: str = "other"
    requests_per_minute: int | None = None  # None: from the plan
    concurrent_requests: int | None = None  # None: from the plan
    # Used until monday has reported a budget in a `complexity` answer. App (OAuth) tokens
    # have separate budgets for reads and writes (FACTS §2: 5M each); a personal token has
    # one combined budget (10M): set `combined_complexity_budget` and the read budget.
    complexity_budget_per_minute: int = 5_000_000
    write_complexity_budget_per_minute: int = 5_000_000
    combined_complexity_budget: bool = False
    # monday's calls per account per UTC day (FACTS §2: 1,000 / 10,000 / 25,000 by plan;
    # marketplace apps are excluded, hence 0 = not paced). When set, calls are spread over the
    # day: a burst of this fraction of the limit at any time, the rest as the day goes by.
    daily_call_limit: int = 0
    daily_call_burst_fraction: float = 0.1
    # A wait for the daily pace longer than this is not slept through: the run stops and the
    # next poll tries again.
    daily_max_wait_seconds: float = 120.0
    # Length of monday's day; shortened only in tests, as window_seconds is.
    day_seconds: float = 86_400.0
    # Length of one rate "minute". Shortened in tests together with the sandbox's clock.
    window_seconds: float = 60.0
    # Extra room added to every window so requests granted at the edge of a window cannot land
    # inside the previous one after network delay.
    window_guard_fraction: float = 0.02
    # A crashed worker's concurrency slot is reclaimed after this.
    concurrency_lease_seconds: float = 120.0
    # The board writer lock is a lease its holder's heartbeat renews every third of it, so a
    # dead holder's lock is free this long after its last beat, however long a push runs.
    board_lock_seconds: float = 15.0
    # How long a writer waits for a busy board before giving up (a push then re-enqueues
    # itself with a delay rather than hold a worker); longer than the lease, so a dead
    # holder's lock is taken over within the same wait.
    board_lock_wait_seconds: float = 20.0
    # Polling interval while waiting for a concurrency slot or a board lock.
    poll_seconds: float = 0.02
    key_prefix: str = "monday:pace"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> PacingSettings:
        values = _env_overrides(cls, os.environ if env is None else env, "MONDAY_PACE_")
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def plan_key(self) -> str:
        plan = self.plan.lower()
        return plan if plan in PLAN_REQUESTS_PER_MINUTE else "other"

    @property
    def effective_requests_per_minute(self) -> int:
        return self.requests_per_minute or PLAN_REQUESTS_PER_MINUTE[self.plan_key]

    @property
    def effective_concurrent_requests(self) -> int:
        return self.concurrent_requests or PLAN_CONCURRENT_REQUESTS[self.plan_key]

    def complexity_budget(self, kind: str) -> int:
        """The per-minute budget of a request kind ("read" or "write")."""
        if kind == "write" and not self.combined_complexity_budget:
            return self.write_complexity_budget_per_minute
        return self.complexity_budget_per_minute

    def complexity_bucket(self, kind: str) -> str:
        """The budget a request kind draws from: its own, or the one combined budget."""
        return "read" if self.combined_complexity_budget else kind

    @property
    def guarded_window_seconds(self) -> float:
        return self.window_seconds * (1.0 + self.window_guard_fraction)

    @property
    def seconds_per_monday_second(self) -> float:
        """Scale for waits monday reports in its own seconds (complexity.reset_in_x_seconds)."""
        return self.window_seconds / 60.0
