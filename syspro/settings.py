"""Connection settings for one SYSPRO site.

Every fact the contract sheet tags as uncertain ([U] or [I]) is a field here with the default the
sheet suggests, so a site that behaves differently is fixed by configuration, not by a release.
The tunable fields take their defaults and choices from syspro/connection_schema.py, the one
declaration of a connection's fields (docs/syspro.md shows its table).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from syspro import connection_schema as schema
from syspro.field_checks import FieldProblem

# The defaults live in the connection schema; these names stay for the readers that compare.
DEFAULT_REST_BASE_PATH = schema.DEFAULT_REST_BASE_PATH
DEFAULT_GRN_KEY_COLUMNS = schema.GRN_KEY_COLUMNS
DEFAULT_COMFND_CONDITIONS: dict[str, str] = dict(schema.COMFND_CONDITIONS)


def _from_schema(name: str) -> Any:
    """The dataclass default of a tunable setting: the schema's, copied per instance."""
    spec = schema.OPTIONS[name]
    if isinstance(spec.default, dict):
        return field(default_factory=spec.default_value)
    return field(default=spec.default)


@dataclass(frozen=True)
class ConnectionSettings:
    """Everything needed to talk to one SYSPRO company.

    `server_url` is the full URL with scheme and port (every site has its own; no default port
    exists). Secrets are plain strings here: callers decrypt them from storage just before use.
    """

    server_url: str
    operator: str
    operator_password: str = ""
    company_id: str = ""
    company_password: str = ""
    rest_base_path: str = DEFAULT_REST_BASE_PATH

    # OData is optional (SYSPRO 8 2021 R2 and later). The user defaults to the operator code.
    odata_url: str | None = None
    odata_user: str | None = None
    odata_password: str | None = None

    verify_tls: bool = True
    ca_bundle_path: str | None = None
    read_timeout: float = 60.0

    # Server-URL guard. Private ranges are common for on-premise SYSPRO behind a VPN; loopback is
    # only for local sandboxes and tests.
    allow_private_networks: bool = False
    allow_loopback: bool = False

    # Tunable per connection (its `options`): defaults, ranges, choices and the why of each are
    # in syspro/connection_schema.py. Transport, with capped retries of idempotent reads.
    connect_timeout: float = _from_schema("connect_timeout")
    max_retries: int = _from_schema("max_retries")
    backoff_base: float = _from_schema("backoff_base")
    backoff_cap: float = _from_schema("backoff_cap")
    # e.net session sharing, logon extras, the permission cache.
    session_ttl_seconds: int = _from_schema("session_ttl_seconds")
    session_lock_timeout: float = _from_schema("session_lock_timeout")
    logon_language_code: str | None = _from_schema("logon_language_code")
    logon_xml_in: str | None = _from_schema("logon_xml_in")
    permission_cache_ttl_seconds: int = _from_schema("permission_cache_ttl_seconds")
    # COMFND reading.
    comfnd_page_size: int = _from_schema("comfnd_page_size")
    comfnd_conditions: dict[str, str] = _from_schema("comfnd_conditions")
    comfnd_paging: str = _from_schema("comfnd_paging")
    comfnd_single_max_rows: int = _from_schema("comfnd_single_max_rows")
    comfnd_date_format: str = _from_schema("comfnd_date_format")
    decimal_separator: str = _from_schema("decimal_separator")
    thousands_separator: str = _from_schema("thousands_separator")
    # OData reading.
    odata_page_size: int = _from_schema("odata_page_size")
    odata_row_cap: int = _from_schema("odata_row_cap")
    odata_entity_sets: dict[str, str] = _from_schema("odata_entity_sets")
    odata_date_literal: str = _from_schema("odata_date_literal")
    key_batch_size: int = _from_schema("key_batch_size")
    # Derived values and change detection.
    ar_terms_days: dict[str, int] = _from_schema("ar_terms_days")
    ar_default_terms_days: int = _from_schema("ar_default_terms_days")
    change_cursor: str = _from_schema("change_cursor")
    rowversion_literal: str = _from_schema("rowversion_literal")
    grn_key_columns: tuple[str, ...] = _from_schema("grn_key_columns")

    def __post_init__(self) -> None:
        for spec in schema.OPTIONS.values():
            if spec.choices and getattr(self, spec.name) not in spec.choices:
                raise ValueError(f"{spec.name} must be {' or '.join(map(repr, spec.choices))}")
        if self.odata_page_size > self.odata_row_cap:
            object.__setattr__(self, "odata_page_size", self.odata_row_cap)

    @property
    def rest_base_url(self) -> str:
        return self.server_url.rstrip("/") + "/" + self.rest_base_path.strip("/")

    @property
    def effective_odata_user(self) -> str:
        return self.odata_user or self.operator

    @property
    def effective_odata_password(self) -> str:
        return self.odata_password if self.odata_password is not None else self.operator_password

    @property
    def verify(self) -> bool | str:
        """The value requests expects for `verify`: a CA bundle path or a boolean."""
        if self.verify_tls and self.ca_bundle_path:
            return self.ca_bundle_path
        return self.verify_tls

    def secrets(self) -> list[str]:
        """Values that must never appear in logs or error chains."""
        values = [self.operator_password, self.company_password, self.odata_password or ""]
        return [v for v in values if v]

    def rowversion_style(self, default: str) -> str:
        return default if self.rowversion_literal == "auto" else self.rowversion_literal

    def with_changes(self, **changes: Any) -> ConnectionSettings:
        return replace(self, **changes)


TUNABLE_OPTIONS = frozenset(schema.OPTIONS)
if TUNABLE_OPTIONS - {f.name for f in fields(ConnectionSettings)}:
    raise ImportError("every option of the connection schema must be a ConnectionSettings field")


def option_problems(options: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every (key, message) wrong with a connection's options: unknown keys, file paths, values
    of the wrong shape or out of range. Empty when all are usable.

    Paths are refused by name, whatever they point at: the server's files are not the user's
    business, and an answer that differs by whether a file exists would tell them.
    """
    problems: list[tuple[str, str]] = []
    for key, value in options.items():
        if key.endswith(("_path", "_file")):
            problems.append((key, "file paths are not accepted; give a CA bundle as PEM text "
                                  "in ca_bundle_pem"))
        elif key not in schema.OPTIONS:
            problems.append((key, "unknown option; known: " + ", ".join(sorted(schema.OPTIONS))))
        else:
            try:
                schema.OPTIONS[key].check(value)
            except FieldProblem as exc:
                problems.append((key, exc.message))
    return problems


def options_as_settings(options: Mapping[str, Any]) -> dict[str, Any]:
    """Checked options as ConnectionSettings takes them (JSON has lists where it wants tuples,
    null where it wants the default)."""
    values = {key: schema.OPTIONS[key].check(value) for key, value in options.items()}
    if "grn_key_columns" in values:
        values["grn_key_columns"] = tuple(values["grn_key_columns"])
    return values
