"""Settings from environment variables, shared by the web app, the worker and the CLI.

No Flask here: jobs/ and the CLI read the same settings. In production every secret must be
given; in development the missing ones are generated once and kept in the instance folder, so a
fresh clone runs with no configuration at all.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet

from syspro.urlguard import AddressPolicy

ENVIRONMENTS = ("development", "testing", "production")
DEFAULT_MONDAY_API_URL = "https://api.monday.com/v2"
DEFAULT_MONDAY_AUTH_URL = "https://auth.monday.com"

# Secrets production refuses to start without, and what each is for (shown in the error).
REQUIRED_IN_PRODUCTION: dict[str, str] = {
    "SECRET_KEY": "signs browser sessions",
    "ENCRYPTION_KEYS": "encrypts stored tokens and passwords (Fernet keys, newest first)",
    "DATABASE_URL": "where the connector keeps its state",
    "REDIS_URL": "queues, locks and rate-limit buckets",
    "MONDAY_CLIENT_ID": "the monday app's OAuth client id",
    "MONDAY_CLIENT_SECRET": "OAuth code exchange and view/lifecycle token checks",
    "MONDAY_SIGNING_SECRET": "verifies integration and webhook requests from monday",
    "PUBLIC_BASE_URL": "the address monday calls back (OAuth redirect, recipes, webhooks)",
}


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message names it and says what to do."""


@dataclass(frozen=True)
class Settings:
    env: str
    instance_path: Path
    secret_key: str
    encryption_keys: tuple[str, ...]
    database_url: str
    redis_url: str | None
    monday_client_id: str = ""
    monday_client_secret: str = ""
    monday_signing_secret: str = ""
    monday_api_url: str = DEFAULT_MONDAY_API_URL
    monday_auth_url: str = DEFAULT_MONDAY_AUTH_URL
    monday_api_version: str = "2026-10"
    # OAuth token endpoints, under MONDAY_AUTH_URL. The install's code exchange uses the legacy
    # path unless the app version opted in to OAuth 2.1 (then set it to the 2.1 path).
    # Refresh and revoke exist only in 2.1 (FACTS §7).
    monday_oauth_token_path: str = "/oauth2/token"
    monday_oauth_refresh_path: str = "/oauth_ms/oauth/token"
    monday_oauth_revoke_path: str = "/oauth_ms/oauth/revoke"
    # Expiring tokens are refreshed this long before they expire; an answer with a refresh
    # token but no expires_in is taken to last this long (monday's lifetimes are [U]).
    monday_token_refresh_margin_seconds: int = 300
    monday_token_default_lifetime_seconds: int = 3600
    public_base_url: str = "http://127.0.0.1:8000"
    port: int = 8000
    allow_private_networks: bool = False
    # Local sandboxes and tests run SYSPRO on 127.0.0.1; real deployments never should.
    allow_loopback: bool = False
    # monday documents no claims for lifecycle and board-webhook tokens (FACTS §6, §7): `exp`
    # is required unless these are turned off for a monday that turns out not to send it.
    monday_lifecycle_require_exp: bool = True
    monday_webhook_require_exp: bool = True
    # Largest request body the web app reads (MAX_BODY_BYTES); bigger ones get 413.
    max_body_bytes: int = 1024 * 1024
    # Level of the app's own log (DEBUG shows every outbound request line, secrets scrubbed).
    log_level: str = "INFO"
    # LOG_FORMAT: "text" (one readable line) or "json" (one JSON object a line, for shippers).
    log_format: str = "text"
    # METRICS_TOKEN: when set, /metrics wants `Authorization: Bearer <it>`.
    metrics_token: str = ""
    # /readyz turns 503 past these ages of the last schedule tick and the freshest worker beat.
    ready_schedule_max_age: int = 180
    ready_worker_max_age: int = 60
    # SYNC_* variables: engine tuning (see docs/configuration.md).
    sync_tuning: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def address_policy(self) -> AddressPolicy:
        """Which SYSPRO addresses this deployment may reach (ALLOW_PRIVATE_NETWORKS,
        ALLOW_LOOPBACK): saving a connection checks its URLs against it."""
        return AddressPolicy(self.allow_private_networks, self.allow_loopback)

    @classmethod
    def from_env(cls, overrides: Mapping[str, object] | None = None) -> Settings:
        """Read settings from os.environ, with `overrides` (e.g. test config) taking priority."""
        source: dict[str, str] = {k: v for k, v in os.environ.items()}
        for key, value in (overrides or {}).items():
            if value is not None:
                source[key] = value if isinstance(value, str) else str(value)
        env = source.get("APP_ENV", "development").strip().lower() or "development"
        if env not in ENVIRONMENTS:
            raise SettingsError(f"APP_ENV={env!r} is not one of {', '.join(ENVIRONMENTS)}")
        instance = Path(source.get("INSTANCE_PATH") or Path.cwd() / "instance").resolve()

        if env == "production":
            missing = [k for k in REQUIRED_IN_PRODUCTION if not source.get(k, "").strip()]
            if missing:
                lines = [f"  {k}: {REQUIRED_IN_PRODUCTION[k]}" for k in missing]
                raise SettingsError(
                    "cannot start in production; set these environment variables:\n"
                    + "\n".join(lines)
                )
            generated: dict[str, str] = {}
        else:
            generated = _development_secrets(instance)

        keys = _parse_keys(source.get("ENCRYPTION_KEYS") or generated.get("ENCRYPTION_KEYS", ""))
        database_url = source.get("DATABASE_URL") or f"sqlite:///{instance / 'ml-connector.db'}"
        return cls(
            env=env,
            instance_path=instance,
            secret_key=source.get("SECRET_KEY") or generated["SECRET_KEY"],
            encryption_keys=keys,
            database_url=database_url,
            redis_url=source.get("REDIS_URL") or None,
            monday_client_id=source.get("MONDAY_CLIENT_ID", ""),
            monday_client_secret=source.get("MONDAY_CLIENT_SECRET", ""),
            monday_signing_secret=source.get("MONDAY_SIGNING_SECRET", ""),
            monday_api_url=source.get("MONDAY_API_URL") or DEFAULT_MONDAY_API_URL,
            monday_auth_url=source.get("MONDAY_AUTH_URL") or DEFAULT_MONDAY_AUTH_URL,
            monday_api_version=source.get("MONDAY_API_VERSION") or "2026-10",
            monday_oauth_token_path=_parse_path(source, "MONDAY_OAUTH_TOKEN_PATH", "/oauth2/token"),
            monday_oauth_refresh_path=_parse_path(
                source, "MONDAY_OAUTH_REFRESH_PATH", "/oauth_ms/oauth/token"
            ),
            monday_oauth_revoke_path=_parse_path(
                source, "MONDAY_OAUTH_REVOKE_PATH", "/oauth_ms/oauth/revoke"
            ),
            monday_token_refresh_margin_seconds=_parse_int(
                source, "MONDAY_TOKEN_REFRESH_MARGIN_SECONDS", 300
            ),
            monday_token_default_lifetime_seconds=_parse_int(
                source, "MONDAY_TOKEN_DEFAULT_LIFETIME_SECONDS", 3600
            ),
            public_base_url=(source.get("PUBLIC_BASE_URL") or "http://127.0.0.1:8000").rstrip(
                "/"
            ),
            port=_parse_int(source, "PORT", 8000),
            allow_private_networks=_parse_bool(source, "ALLOW_PRIVATE_NETWORKS", False),
            allow_loopback=_parse_bool(source, "ALLOW_LOOPBACK", False),
            monday_lifecycle_require_exp=_parse_bool(
                source, "MONDAY_LIFECYCLE_REQUIRE_EXP", True
            ),
            monday_webhook_require_exp=_parse_bool(source, "MONDAY_WEBHOOK_REQUIRE_EXP", True),
            max_body_bytes=_parse_int(source, "MAX_BODY_BYTES", 1024 * 1024),
            log_level=_parse_log_level(source),
            log_format=_parse_choice(source, "LOG_FORMAT", ("text", "json")),
            metrics_token=source.get("METRICS_TOKEN", "").strip(),
            ready_schedule_max_age=_parse_int(source, "READY_SCHEDULE_MAX_AGE_SECONDS", 180),
            ready_worker_max_age=_parse_int(source, "READY_WORKER_MAX_AGE_SECONDS", 60),
            sync_tuning={k: v for k, v in source.items() if k.startswith("SYNC_")},
        )


def _parse_keys(raw: str) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in raw.split(",") if k.strip())
    if not keys:
        raise SettingsError("ENCRYPTION_KEYS is empty; give one or more Fernet keys, newest first")
    for index, key in enumerate(keys):
        try:
            Fernet(key.encode())
        except (ValueError, TypeError) as exc:
            raise SettingsError(
                f"ENCRYPTION_KEYS entry {index + 1} is not a Fernet key (32 url-safe base64 "
                f"bytes); generate one with: python -c 'from cryptography.fernet import "
                f"Fernet; print(Fernet.generate_key().decode())'"
            ) from exc
    return keys


def _parse_path(source: Mapping[str, str], name: str, default: str) -> str:
    raw = source.get(name, "").strip() or default
    if not raw.startswith("/"):
        raise SettingsError(f"{name}={raw!r} is not a path (it starts with /)")
    return raw


def _parse_log_level(source: Mapping[str, str]) -> str:
    raw = source.get("LOG_LEVEL", "").strip().upper() or "INFO"
    if raw not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise SettingsError(f"LOG_LEVEL={raw!r} is not one of DEBUG, INFO, WARNING, ERROR")
    return raw


def _parse_choice(source: Mapping[str, str], name: str, choices: tuple[str, ...]) -> str:
    """The value, lower-cased, when it is one of `choices`; the first choice when unset."""
    raw = source.get(name, "").strip().lower() or choices[0]
    if raw not in choices:
        raise SettingsError(f"{name}={raw!r} is not one of {', '.join(choices)}")
    return raw


def _parse_int(source: Mapping[str, str], name: str, default: int) -> int:
    raw = source.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from exc


def _parse_bool(source: Mapping[str, str], name: str, default: bool) -> bool:
    raw = source.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name}={raw!r} is not a boolean (use true or false)")


def _development_secrets(instance: Path) -> dict[str, str]:
    """Secrets generated on first use and kept in instance/secrets.json (mode 0600)."""
    path = instance / "secrets.json"
    if path.exists():
        try:
            stored = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise SettingsError(f"{path} is unreadable ({exc}); fix or delete it") from exc
        if {"SECRET_KEY", "ENCRYPTION_KEYS"} <= stored.keys():
            return stored
    instance.mkdir(parents=True, exist_ok=True)
    secrets = {
        "SECRET_KEY": Fernet.generate_key().decode(),
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(secrets, handle)
    os.replace(tmp, path)
    return secrets
