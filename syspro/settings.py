"""Connection settings for one SYSPRO site.

Every fact the contract sheet tags as uncertain ([U] or [I]) is a field here with the default the
sheet suggests, so a site that behaves differently is fixed by configuration, not by a release.
docs/syspro.md lists each one and why it is uncertain.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from typing import Any

DEFAULT_REST_BASE_PATH = "/SYSPROWCFService/Rest"
# [I] the sheet names no key for GrnDetails.
DEFAULT_GRN_KEY_COLUMNS = ("Supplier", "Grn", "Journal", "JournalEntry")

# COMFND <Condition> codes. Only EQ is confirmed; the others are the obvious guesses.
DEFAULT_COMFND_CONDITIONS: dict[str, str] = {
    "eq": "EQ",
    "ne": "NE",
    "gt": "GT",
    "ge": "GE",
    "lt": "LT",
    "le": "LE",
}

# AR terms code -> days until due. ArInvoice has no DueDate column, so it is derived.
DEFAULT_AR_TERMS_DAYS: dict[str, int] = {"00": 0, "07": 7, "14": 14, "30": 30, "60": 60, "90": 90}


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
    connect_timeout: float = 5.0
    read_timeout: float = 60.0
    # Capped retries of idempotent reads on transport failures (exponential backoff, full jitter).
    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 20.0

    # Server-URL guard. Private ranges are common for on-premise SYSPRO behind a VPN; loopback is
    # only for local sandboxes and tests.
    allow_private_networks: bool = False
    allow_loopback: bool = False

    # e.net session sharing.
    session_ttl_seconds: int = 20 * 60  # keep below the site's idle expiry
    session_lock_timeout: float = 30.0
    # [U] Logon extras on REST: sent only when set.
    logon_language_code: str | None = None
    logon_xml_in: str | None = None

    # Permission cache.
    permission_cache_ttl_seconds: int = 60 * 60

    # COMFND reading. [U] conditions other than EQ; [U] the date literal format in <Value>.
    comfnd_page_size: int = 500
    comfnd_conditions: dict[str, str] = field(
        default_factory=lambda: dict(DEFAULT_COMFND_CONDITIONS)
    )
    # "keyset": page with range conditions on the key (needs GT/GE/LT). "single": one query
    # capped at comfnd_single_max_rows, filtered client side while streaming.
    comfnd_paging: str = "keyset"
    comfnd_single_max_rows: int = 1_000_000
    comfnd_date_format: str = "%Y-%m-%d"
    # [C] Query BOs give Unedited_ siblings; [U] whether COMFND does. Formatted numbers use these.
    decimal_separator: str = "."
    thousands_separator: str = ","

    # OData reading. [U] entity-set names, date literal form, nextLink support; [S] 5000-row cap.
    odata_page_size: int = 1000
    odata_row_cap: int = 5000
    odata_entity_sets: dict[str, str] = field(default_factory=dict)  # table -> entity set
    # "date" -> 2024-01-31 ; "datetimeoffset" -> 2024-01-31T00:00:00Z ; "datetime" -> v3 style.
    odata_date_literal: str = "datetimeoffset"

    # Reading by key batches (joins, payment follow-ups): how many keys per request.
    key_batch_size: int = 50

    # [I] ArInvoice due date derivation: TermsCode -> days; unknown codes use the default.
    ar_terms_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_AR_TERMS_DAYS))
    ar_default_terms_days: int = 30

    # Change detection. Every table has a `TimeStamp` rowversion [C]; whether a query may
    # filter on it is [U]. "auto" probes it on the first poll and falls back to the date
    # window; "rowversion" insists on it; "date" never uses it.
    change_cursor: str = "auto"
    # [U] how a rowversion literal is written in a filter: "auto" (OData binary'…', COMFND
    # 0x…), "binary", "hex" or "decimal".
    rowversion_literal: str = "auto"

    # [I] GrnDetails key columns (the sheet names no key).
    grn_key_columns: tuple[str, ...] = DEFAULT_GRN_KEY_COLUMNS

    def __post_init__(self) -> None:
        if self.comfnd_paging not in ("keyset", "single"):
            raise ValueError("comfnd_paging must be 'keyset' or 'single'")
        if self.odata_date_literal not in ("date", "datetimeoffset", "datetime"):
            raise ValueError("odata_date_literal must be 'date', 'datetimeoffset' or 'datetime'")
        if self.change_cursor not in ("auto", "rowversion", "date"):
            raise ValueError("change_cursor must be 'auto', 'rowversion' or 'date'")
        if self.rowversion_literal not in ("auto", "binary", "hex", "decimal"):
            raise ValueError("rowversion_literal must be 'auto', 'binary', 'hex' or 'decimal'")
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


# Settings a connection decides itself (its own columns, or the deployment's flags); a
# connection's `options` may tune everything else. read_timeout is the row's timeout_seconds.
OWN_FIELDS = frozenset({
    "server_url", "operator", "operator_password", "company_id", "company_password",
    "rest_base_path", "odata_url", "odata_user", "odata_password", "verify_tls",
    "ca_bundle_path", "read_timeout", "allow_private_networks", "allow_loopback",
})
TUNABLE_OPTIONS = frozenset(f.name for f in fields(ConnectionSettings)) - OWN_FIELDS
# Counts that must be at least 1 (a page of 0 rows never ends); other numbers at least 0.
_AT_LEAST_ONE = ("_size", "_rows", "_cap")


class OptionError(ValueError):
    """A connection option that cannot be used; `key` names it."""

    def __init__(self, key: str, message: str) -> None:
        self.key = key
        self.message = message
        super().__init__(f"option {key!r}: {message}")


def check_options(options: Mapping[str, Any]) -> None:
    """Refuse, naming the key, any option that is unknown, a file path or of the wrong shape.

    Paths are refused by name, whatever they point at: the server's files are not the user's
    business, and an answer that differs by whether a file exists would tell them.
    """
    by_name = {f.name: f for f in fields(ConnectionSettings)}
    for key, value in options.items():
        if key.endswith(("_path", "_file")):
            raise OptionError(key, "file paths are not accepted; give a CA bundle as PEM text "
                                   "in ca_bundle_pem")
        if key not in TUNABLE_OPTIONS:
            raise OptionError(key, f"unknown option; known: {', '.join(sorted(TUNABLE_OPTIONS))}")
        problem = _shape_problem(key, value, _default(by_name[key]))
        if problem:
            raise OptionError(key, problem)
    try:
        ConnectionSettings(server_url="http://check.invalid:1", operator="check",
                           **_as_settings(options))
    except ValueError as exc:
        raise OptionError(next(iter(options), "options"), str(exc)) from None


def _as_settings(options: Mapping[str, Any]) -> dict[str, Any]:
    """Options as ConnectionSettings takes them (JSON has lists where it wants tuples)."""
    values = dict(options)
    if "grn_key_columns" in values:
        values["grn_key_columns"] = tuple(values["grn_key_columns"])
    return values


def _default(spec: Field[Any]) -> Any:
    if spec.default_factory is not MISSING:
        return spec.default_factory()
    return spec.default


def _shape_problem(key: str, value: Any, default: Any) -> str | None:
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "must be true or false"
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "must be a number"
        if isinstance(default, int) and not isinstance(value, int):
            return "must be a whole number"
        if not math.isfinite(value) or value < (1 if key.endswith(_AT_LEAST_ONE) else 0):
            return "is out of range"
        return None
    if default is None or isinstance(default, str):
        return None if isinstance(value, str) or (default is None and value is None) else (
            "must be text")
    if isinstance(default, dict):
        wanted = type(next(iter(default.values()), ""))
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, wanted) and not isinstance(v, bool)
            for k, v in value.items()
        ):
            return f"must be an object of {'numbers' if wanted is int else 'texts'}"
        return None
    if isinstance(default, tuple):
        if not isinstance(value, list | tuple) or not value or not all(
            isinstance(v, str) for v in value
        ):
            return "must be a non-empty list of column names"
    return None
