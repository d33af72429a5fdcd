"""One declaration of every field of a SYSPRO connection.

Each field has a name, label, kind, default, help text and its checks; secrets are the fields
of kind "secret". From this list come: ConnectionSettings' tunable defaults and choices, the
check of a connection's `options`, the store's save-time validation, the masking of secrets,
the settings form, the CLI's `connection add` flags and the settings table in docs/syspro.md.

Invariants: names are unique; a field with `option=True` lives in the connection's `options`
and is a ConnectionSettings field of the same name (settings.py checks this at import); every
other field is a column of the connection row. Tags in help texts ([U] uncertain, [I]
inferred, [S] seen) repeat the SYSPRO fact sheet's.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from syspro import field_checks as checks

DEFAULT_REST_BASE_PATH = "/SYSPROWCFService/Rest"
SECTIONS = {
    "server": "Server",
    "logon": "e.net logon",
    "sync": "What to sync",
    "odata": "OData (optional)",
    "schedule": "Schedule",
    "advanced": "Advanced (site-specific SYSPRO behaviour)",
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    kind: str
    section: str
    default: Any = None
    help: str = ""
    required: bool = False
    option: bool = False  # kept in `options` (tunable per site), else a column of its own
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    needs_port: bool = False  # a URL that must name its port (no default port exists)
    choice_labels: tuple[str, ...] = ()  # what a person calls each choice, in choices' order

    @property
    def secret(self) -> bool:
        return self.kind == "secret"

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def default_value(self) -> Any:
        """A fresh copy: a shared dict default would be shared by every connection."""
        return copy.deepcopy(self.default)

    def check(self, value: Any) -> Any:
        """The value to store, or FieldProblem. Empty optional values take the default."""
        if isinstance(value, str) and self.kind not in ("secret", "choice"):
            value = value.strip()
        if value is None or value == "":
            if self.required:
                raise checks.FieldProblem("is required")
            if self.kind in ("secret", "text") and value == "" and self.default == "":
                return ""
            return self.default_value()
        return self._check_present(value)

    def _check_present(self, value: Any) -> Any:
        kind = self.kind
        if kind in ("text", "secret"):
            return checks.check_text(value)
        if kind == "url":
            return checks.check_url(value, self.needs_port)
        if kind == "bool":
            return checks.check_bool(value)
        if kind in ("int", "number"):
            return checks.check_number(value, kind == "int", self.low, self.high)
        if kind == "choice":
            return checks.check_choice(value, self.choices)
        if kind == "choice_list":
            return checks.check_choice_list(value, self.choices)
        if kind == "pem":
            return checks.check_pem(value)
        if kind in ("text_map", "number_map"):
            return checks.check_map(value, kind == "number_map")
        return checks.check_text_list(value)

    def from_text(self, text: str) -> Any:
        return checks.from_text(self.kind, text)

    def describe(self) -> dict[str, Any]:
        """The field as JSON (for the settings form and `connection fields --json`)."""
        default = self.default_value()
        return {
            "name": self.name, "label": self.label, "kind": self.kind,
            "section": self.section, "default": list(default) if isinstance(default, tuple)
            else default, "help": self.help, "required": self.required, "secret": self.secret,
            "option": self.option, "choices": list(self.choices), "min": self.low,
            "max": self.high, "choice_labels": list(self.choice_labels),
        }


def _core(name: str, label: str, kind: str, section: str, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, kind, section, **more)


def _option(name: str, label: str, kind: str, default: Any, help: str, **more: Any) -> FieldSpec:
    return FieldSpec(name, label, kind, "advanced", default, help, option=True, **more)


# What a connection can bring to monday and write back, as `sync_entities` names them: every
# entity of syspro/entities.py's catalogue, then write-back per writer business object.
# Spelled out here because the catalogue builds on this module; syspro/connection_report.py
# checks at import that both lists agree.
SYNC_CHOICES = {
    "supplier_invoices": "Supplier invoices",
    "purchase_orders": "Purchase orders",
    "goods_receipts": "Goods receipts",
    "customer_invoices": "Customer invoices",
    "suppliers": "Suppliers",
    "customers": "Customers",
    "gl_accounts": "GL accounts",
    "stock_items": "Stock items",
    "write_back_suppliers": "Write-back to suppliers",
    "write_back_customers": "Write-back to customers",
}

CORE_FIELDS = (
    _core("name", "Name", "text", "server", required=True, default="main",
          help="A name for this connection, e.g. head office."),
    _core("server_url", "Server URL", "url", "server", required=True, needs_port=True,
          help="Full URL with scheme and port, e.g. https://syspro.example.com:20001; "
               "every site has its own, no default port exists."),
    _core("rest_base_path", "REST base path", "text", "server",
          default=DEFAULT_REST_BASE_PATH, help="Path of the e.net REST service on the server."),
    _core("verify_tls", "Verify TLS certificate", "bool", "server", default=True,
          help="Turn off only for a test server; give a CA bundle instead where you can."),
    _core("ca_bundle_pem", "CA bundle (PEM)", "pem", "server",
          help="Certificates to trust for a server signed by a private CA, as PEM text."),
    _core("timeout_seconds", "Read timeout (seconds)", "number", "server", default=30.0,
          low=1, high=300, help="How long one SYSPRO answer may take."),
    _core("operator", "Operator", "text", "logon", required=True,
          help="e.net operator code the connector logs on as."),
    _core("operator_password", "Operator password", "secret", "logon", default="",
          help="Empty when the operator has none."),
    _core("company_id", "Company", "text", "logon", required=True, help="SYSPRO company id."),
    _core("company_password", "Company password", "secret", "logon", default="",
          help="Empty when the company has none."),
    _core("odata_url", "OData URL", "url", "odata",
          help="OData service URL of the company (SYSPRO 8 2021 R2 and later); faster reads, "
               "no e.net licence used. Empty: read through e.net."),
    _core("odata_user", "OData user", "text", "odata",
          help="[U] Empty: the operator code."),
    _core("odata_password", "OData password", "secret", "odata", default="",
          help="Empty: the operator password."),
    _core("sync_entities", "Data to sync", "choice_list", "sync",
          choices=tuple(SYNC_CHOICES), choice_labels=tuple(SYNC_CHOICES.values()),
          help="What this connection brings to monday (you choose the board for each in a "
               "monday automation) and writes back; Test connection checks these first and "
               "lists the others apart. Empty (null): everything."),
    _core("poll_interval_minutes", "Poll interval (minutes)", "int", "schedule", default=15,
          low=5, high=60, help="How often new and changed records are read."),
)

COMFND_CONDITIONS = {"eq": "EQ", "ne": "NE", "gt": "GT", "ge": "GE", "lt": "LT", "le": "LE"}
AR_TERMS_DAYS = {"00": 0, "07": 7, "14": 14, "30": 30, "60": 60, "90": 90}
GRN_KEY_COLUMNS = ("Supplier", "Grn", "Journal", "JournalEntry")

OPTION_FIELDS = (
    _option("connect_timeout", "Connect timeout (seconds)", "number", 5.0,
            "How long opening a connection may take.", low=0.1, high=120),
    _option("max_retries", "Retries of a failed read", "int", 3,
            "Capped retries of idempotent reads on transport failures (full jitter).",
            low=0, high=10),
    _option("backoff_base", "Retry backoff base (seconds)", "number", 0.5,
            "First retry waits up to this; each further one doubles it.", low=0),
    _option("backoff_cap", "Retry backoff cap (seconds)", "number", 20.0,
            "No retry waits longer (Retry-After is honoured up to it).", low=0),
    _option("session_ttl_seconds", "Session kept (seconds)", "int", 1200,
            "How long the shared e.net session is reused; keep below the site's idle expiry.",
            low=1),
    _option("session_lock_timeout", "Logon wait (seconds)", "number", 30.0,
            "How long a worker waits for another worker's logon.", low=0.1),
    _option("logon_language_code", "Logon language code", "text", None,
            "[U] LanguageCode sent on logon; sent only when set."),
    _option("logon_xml_in", "Logon XmlIn", "text", None,
            "[U] XmlIn sent on logon; sent only when set."),
    _option("permission_cache_ttl_seconds", "Refusals remembered (seconds)", "int", 3600,
            "How long a refused table or business object is not asked again.", low=1),
    _option("comfnd_page_size", "COMFND page size", "int", 500,
            "ReturnRows per COMFND query.", low=1),
    _option("comfnd_conditions", "COMFND condition codes", "text_map", COMFND_CONDITIONS,
            "[U] <Condition> codes; only EQ is confirmed."),
    _option("comfnd_paging", "COMFND paging", "choice", "keyset",
            "keyset: range conditions on the key (needs GT/GE/LT); single: one query capped "
            "at the row limit, only EQ sent, filtered client side.",
            choices=("keyset", "single")),
    _option("comfnd_single_max_rows", "COMFND single-query row limit", "int", 1_000_000,
            "Row cap of a single-query read.", low=1),
    _option("comfnd_date_format", "COMFND date format", "text", "%Y-%m-%d",
            "[U] strftime format of a date literal in <Value>."),
    _option("decimal_separator", "Decimal separator", "text", ".",
            "For formatted numbers that come without an Unedited_ sibling."),
    _option("thousands_separator", "Thousands separator", "text", ",",
            "For formatted numbers that come without an Unedited_ sibling."),
    _option("odata_page_size", "OData page size", "int", 1000,
            "Rows asked per OData request; never more than the row cap.", low=1),
    _option("odata_row_cap", "OData row cap", "int", 5000,
            "[S] Most rows the server returns per answer.", low=1),
    _option("odata_entity_sets", "OData entity sets", "text_map", {},
            "[U] Table → entity-set name where the site names them differently."),
    _option("odata_date_literal", "OData date literal", "choice", "datetimeoffset",
            "[U] date: 2024-01-31; datetimeoffset: 2024-01-31T00:00:00Z; datetime: v3 style.",
            choices=("date", "datetimeoffset", "datetime")),
    _option("key_batch_size", "Keys per request", "int", 50,
            "Keys per request for joins and payment follow-ups.", low=1),
    _option("ar_terms_days", "AR terms (days)", "number_map", AR_TERMS_DAYS,
            "[I] Terms code → days until due (ArInvoice has no due date)."),
    _option("ar_default_terms_days", "AR default terms (days)", "int", 30,
            "[I] Days until due for a terms code not listed.", low=0),
    _option("change_cursor", "Change cursor", "choice", "auto",
            "auto: probe a TimeStamp filter, else the date window; rowversion: insist on it; "
            "date: never use it (docs/sync-engine.md).", choices=("auto", "rowversion", "date")),
    _option("rowversion_literal", "TimeStamp literal", "choice", "auto",
            "[U] auto (OData binary'…', COMFND 0x…), binary, hex or decimal.",
            choices=("auto", "binary", "hex", "decimal")),
    _option("grn_key_columns", "GRN key columns", "text_list", GRN_KEY_COLUMNS,
            "[I] GrnDetails key columns (the sheet names no key)."),
)

FIELDS: tuple[FieldSpec, ...] = CORE_FIELDS + OPTION_FIELDS
BY_NAME = {spec.name: spec for spec in FIELDS}
OPTIONS = {spec.name: spec for spec in OPTION_FIELDS}
SECRET_NAMES = tuple(spec.name for spec in FIELDS if spec.secret)
assert len(BY_NAME) == len(FIELDS), "field names must be unique"


def label_of(name: str) -> str:
    """The label of a field, `options.<name>` of an option, or the name itself if unknown."""
    spec = BY_NAME.get(name.removeprefix("options."))
    return spec.label if spec else name


def describe() -> dict[str, Any]:
    return {"sections": SECTIONS, "fields": [spec.describe() for spec in FIELDS]}


def markdown_table() -> str:
    """The settings table of docs/syspro.md (`ml-connector connection fields` prints it)."""
    lines = ["| field | label | kind | default | notes |", "|---|---|---|---|---|"]
    for spec in FIELDS:
        name = f"`options.{spec.name}`" if spec.option else f"`{spec.name}`"
        joiner = ", " if spec.kind == "choice_list" else " / "
        kind = spec.kind + (": " + joiner.join(spec.choices) if spec.choices else "")
        if spec.low is not None or spec.high is not None:
            kind += f" ({'' if spec.low is None else f'{spec.low:g}'}–"
            kind += f"{'' if spec.high is None else f'{spec.high:g}'})"
        notes = ("required. " if spec.required else "") + spec.help
        lines.append(f"| {name} | {spec.label} | {kind} | {markdown_default(spec)} | "
                     f"{notes.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def markdown_default(spec: FieldSpec) -> str:
    if spec.kind == "choice_list" and spec.default is None:
        return "all"
    if spec.required or spec.default is None:
        return "—"
    default = spec.default
    if isinstance(default, dict):
        return ", ".join(f"{k}→{v}" for k, v in default.items()) or "{}"
    if isinstance(default, tuple):
        return ", ".join(default)
    if isinstance(default, bool):
        return "true" if default else "false"
    return f"`{default}`" if default != "" else '`""`'
