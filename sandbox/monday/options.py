"""What a monday sandbox can be started with (`SandboxOptions`), and what it counts while it
runs (`Stats`, read through the control API)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class SandboxOptions:
    board_mutations_per_minute: int | None = 40
    # Per minute: app tokens' reads and writes each (FACTS §2: 5M apart); personal tokens
    # one combined budget.
    complexity_per_minute: int = 5_000_000
    personal_complexity_per_minute: int = 10_000_000
    daily_calls: int | None = None  # calls per account per day; None: not limited
    concurrency_limit: int | None = 40
    clock_speed: float = 1.0  # 60 => one monday minute lasts one real second
    client_id: str = "sandbox-client-id"
    client_secret: str = "sandbox-client-secret"
    signing_secret: str = "sandbox-signing-secret-0123456789abcdef"
    api_version: str = "2026-10"
    webhook_retry_seconds: float = 60.0  # sandbox seconds between delivery attempts
    faults: list[dict[str, Any]] = field(default_factory=list)
    # OAuth: "legacy" (non-expiring tokens from /oauth2/token) or "2.1" (expiring access and
    # rotating refresh tokens from /oauth_ms/oauth/token; opt-in per app version, FACTS §7).
    oauth_flow: str = "legacy"
    access_token_lifetime: float = 3600.0  # sandbox seconds (monday's lifetimes are [U])
    refresh_reuse_grace: float = 0.0  # sandbox seconds a spent refresh token still works
    send_expires_in: bool = True  # False: token answers without expires_in
    # The app's public base URL: fills {{PUBLIC_BASE_URL}} in its manifest's view URLs, which
    # the board page embeds (also settable later: PUT /_sandbox/apps/registration).
    app_url: str | None = None
    # ingest_items (sandbox/monday/ingest.py): monday's documented limits, the sandbox's own
    # processing speed ([U]: monday publishes none), and a refusal reason to inject.
    ingest_rows_per_minute: int = 2000
    ingest_items_per_hour: int = 19_000
    ingest_rows_per_job: int = 10_000
    ingest_from_version: str = "2026-07"
    ingest_refuse: str | None = None
    # monday's cap on items created through the API per board (FACTS §2: 10,000); tests set it
    # low. Whether archived items still count toward it is not documented [U]: a setting.
    board_item_cap: int = 10_000
    archived_items_count: bool = False

    @classmethod
    def from_kwargs(cls, **options: Any) -> SandboxOptions:
        known = {f.name for f in fields(cls)}
        unknown = set(options) - known
        if unknown:
            raise TypeError(f"unknown sandbox options: {sorted(unknown)}")
        if options.get("oauth_flow", "legacy") not in ("legacy", "2.1"):
            raise ValueError("oauth_flow must be 'legacy' or '2.1'")
        return cls(**options)


@dataclass
class Stats:
    requests: int = 0
    rate_limited: dict[str, int] = field(default_factory=dict)
    mutations_by_board: dict[str, int] = field(default_factory=dict)
    replays: int = 0
    conflicts: int = 0
    errors: int = 0
    # Complexity charged per operation name (the client names every operation), so a bench
    # can tell what a sync spends on lookups from what it spends on writes.
    complexity_by_operation: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"requests": self.requests, "rate_limited": dict(self.rate_limited),
                "rate_limited_total": sum(self.rate_limited.values()),
                "mutations_by_board": dict(self.mutations_by_board),
                "replays": self.replays, "conflicts": self.conflicts, "errors": self.errors,
                "complexity_by_operation": dict(self.complexity_by_operation)}
