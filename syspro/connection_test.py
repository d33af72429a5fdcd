""""Test connection": each step the syncs depend on, one result per step with a reason.

syspro.connection_report groups the steps by what the user wants (each entity, write-back)
and says each failure's cause in plain words; a failed step carries that text as `advice`.

Steps: the URL guard, logon (through the shared session, so a test never evicts a running
poll's session), GetLogonProfile, the OData service document when configured, a one-row read of
every table the syncs need (through OData when configured, else COMFND), and a ValidateOnly
Setup call for each writer business object. Short timeouts, no retries: a person is waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

import redis

from syspro.connection_report import Explainer
from syspro.enet import EnetClient
from syspro.entities import tables_needed
from syspro.errors import AccessDenied, ItemValidationError, MalformedResponse, SysproError
from syspro.readers.base import EntityReader
from syspro.readers.comfnd import ComfndSource
from syspro.readers.odata import ODataSource
from syspro.session import Cipher
from syspro.settings import ConnectionSettings
from syspro.urlguard import AddressPolicy, check_server_address
from syspro.writers import CUSTOMERS, SUPPLIERS, ReferenceWriter, SetupObject


@dataclass(frozen=True)
class StepResult:
    step: str
    ok: bool
    detail: str = ""
    error_kind: str | None = None  # an syspro.errors.ErrorKind value when the step failed
    subject: str | None = None  # what the step checked: a table, a business object, "logon"
    advice: str = ""  # when it failed: the cause in plain words and what to ask for

    def line(self) -> str:
        mark = "ok" if self.ok else "FAILED"
        return f"{self.step}: {mark}" + (f" - {self.detail}" if self.detail else "")


def _run(
    step: str, action: Callable[[], str], explain: Explainer, *, subject: str | None = None,
    url: str | None = None,
) -> StepResult:
    subject = subject or step
    try:
        return StepResult(step, True, action(), subject=subject)
    except SysproError as exc:
        advice = explain.advice(exc, subject=subject, url=url)
        return StepResult(step, False, exc.message, exc.kind.value, subject, advice)


def run_connection_test(
    settings: ConnectionSettings,
    *,
    redis_client: redis.Redis,
    cipher: Cipher,
    connection_id: str,
    tables: list[str] | None = None,
    check_writers: bool = True,
) -> list[StepResult]:
    return list(iter_connection_test(
        settings, redis_client=redis_client, cipher=cipher, connection_id=connection_id,
        tables=tables, check_writers=check_writers,
    ))


def iter_connection_test(
    settings: ConnectionSettings,
    *,
    redis_client: redis.Redis,
    cipher: Cipher,
    connection_id: str,
    tables: list[str] | None = None,
    check_writers: bool = True,
) -> Iterator[StepResult]:
    """The same steps as run_connection_test, yielded as they finish (for live output)."""
    quick = settings.with_changes(
        connect_timeout=min(settings.connect_timeout, 5.0),
        read_timeout=min(settings.read_timeout, 15.0),
        max_retries=0,
    )
    policy = AddressPolicy(quick.allow_private_networks, quick.allow_loopback)
    explain = Explainer(quick)
    # Resolved and checked here for a clear first step; every connection checks again itself.
    guard = _run("server URL", partial(_address_allowed, quick.server_url, policy), explain)
    yield guard
    if not guard.ok:
        return
    client = EnetClient(quick, connection_id=connection_id, redis_client=redis_client,
                        cipher=cipher)
    try:
        # Settings may have changed since the last test: forget remembered refusals.
        client.permissions.clear()
        logon = _run("logon", partial(_logon, client), explain)
        yield logon
        if not logon.ok:
            return
        yield _run("logon profile", partial(_profile, client), explain)
        odata: ODataSource | None = None
        if quick.odata_url:
            service = ODataSource(quick, page_size=1)
            probe = _run("OData", partial(_service_document, service), explain,
                         url=quick.odata_url)
            yield probe
            odata = service if probe.ok else None
        comfnd = ComfndSource(client, quick.with_changes(comfnd_page_size=1))
        for table in tables or tables_needed():
            if odata is not None:
                yield _run(f"table {table} (OData)", partial(_one_row, odata, table),
                           explain, subject=table, url=quick.odata_url)
            else:
                yield _run(f"table {table} (COMFND)", partial(_one_row, comfnd, table),
                           explain, subject=table)
        source = odata if odata is not None else comfnd
        yield _run("change tracking", partial(_change_cursor, quick, source), explain)
        if check_writers:
            writer = ReferenceWriter(client)
            for spec in (SUPPLIERS, CUSTOMERS):
                yield _run(f"business object {spec.business_object}",
                           partial(_validate_only, writer, spec), explain,
                           subject=spec.business_object)
    finally:
        client.close()


def _address_allowed(url: str, policy: AddressPolicy) -> str:
    check_server_address(url, policy)
    return "allowed"


def _logon(client: EnetClient) -> str:
    client.session.get()
    return f"operator {client.settings.operator}"


def _service_document(odata: ODataSource) -> str:
    odata.probe()
    return "service document read"


def _change_cursor(settings: ConnectionSettings, source: ODataSource | ComfndSource) -> str:
    """Which change cursor polls will use (docs/sync-engine.md): never a failed step, since
    the date window still works, but a person should know which one and why."""
    if settings.change_cursor == "date":
        return "polls use the date window (set on this connection)"
    reason = EntityReader(source, settings).probe_rowversion("supplier_invoices")
    if reason is None:
        return "polls read only what changed (TimeStamp rowversion filtering works)"
    if settings.change_cursor == "rowversion":
        raise MalformedResponse(f"change_cursor is 'rowversion' but {reason}")
    return f"polls use the date window, because {reason}"


def _profile(client: EnetClient) -> str:
    profile = client.profile()
    return f"{profile.get('CompanyName', '')} as {profile.get('OperatorCode', '')}".strip()


def _one_row(source: ODataSource | ComfndSource, table: str) -> str:
    rows = source.scan(table, _probe_columns(table), None, ())
    try:
        first = next(iter(rows), None)
    finally:
        close = getattr(rows, "close", None)
        if close:
            close()
    return "readable" if first is not None else "readable (empty)"


def _probe_columns(table: str) -> list[str]:
    from syspro.entities import CATALOGUE  # noqa: PLC0415 - small lookup, kept local

    for entity in CATALOGUE.values():
        if entity.table == table:
            return list(entity.keys)
    for entity in CATALOGUE.values():
        for source in entity.change_sources:
            if source.table == table:
                return list(source.key_columns)
    return []


def _validate_only(writer: ReferenceWriter, spec: SetupObject) -> str:
    # An empty key with ValidateOnly=Y writes nothing; a permitted operator gets a validation
    # answer, a refused one an access-denied text.
    try:
        writer.write(spec, "Update", "", {}, validate_only=True)
    except ItemValidationError:
        pass
    except AccessDenied:
        raise
    return "permitted (ValidateOnly call)"
