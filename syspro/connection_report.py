"""Test connection's answer in plain language, grouped by what the user wants to do.

The test runs technical steps (logon, one read per table, a ValidateOnly call per business
object). A person wants to know "can it sync my supplier invoices?", so the steps are grouped:
the connection itself, OData, one group per entity the connector can sync (all of its tables),
write-back to suppliers and to customers, and change tracking. A group is reported as soon as
it is complete (or one of its steps failed), so the page can show each as it ends. Each ✘
says the cause in plain words and what to ask for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from syspro.connection_schema import SYNC_CHOICES
from syspro.entities import CATALOGUE
from syspro.errors import AccessDenied, AuthFailed, SysproError, SysproTimeout, TransportError
from syspro.settings import ConnectionSettings

CONNECTION_STEPS = ("server URL", "logon", "logon profile")
WRITE_BACK = {"APSSSP": ("Write-back to suppliers", "supplier maintenance"),
              "ARSSCS": ("Write-back to customers", "customer maintenance")}
# A connection's `sync_entities` choice -> the test group that checks it.
CHOICE_GROUPS = {
    **{key: entity.label for key, entity in CATALOGUE.items()},
    "write_back_suppliers": WRITE_BACK["APSSSP"][0],
    "write_back_customers": WRITE_BACK["ARSSCS"][0],
}
assert CHOICE_GROUPS == SYNC_CHOICES, "connection_schema.SYNC_CHOICES must follow the catalogue"
UNREACHABLE = {
    "dns": "DNS name not found (check the host name in Server URL)",
    "refused": "connection refused (nothing listens on that port, or a firewall rejects it: "
               "check the port and that the e.net service is running)",
    "timeout": "timed out (no answer to the connection attempt: check the address, and that "
               "a firewall lets this service through)",
    "tls": "TLS certificate not trusted: {detail} (give the server's CA bundle as PEM in the "
           "connection, or install a certificate from a trusted authority on the server)",
}


class Step(Protocol):
    """What summarize reads of a step (syspro.connection_test.StepResult)."""

    @property
    def step(self) -> str: ...
    @property
    def ok(self) -> bool: ...
    @property
    def detail(self) -> str: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def advice(self) -> str: ...


@dataclass(frozen=True)
class GroupResult:
    group: str
    ok: bool | None  # None: not checked, because the test stopped before it
    detail: str = ""

    def line(self) -> str:
        mark = {True: " ✔", False: " ✘", None: ""}[self.ok]
        return f"{self.group}{mark}" + (f" — {self.detail}" if self.detail else "")


def groups() -> list[tuple[str, tuple[str, ...]]]:
    """(group, the step subjects it needs), in the order they are shown."""
    found: list[tuple[str, tuple[str, ...]]] = [("Connection to SYSPRO", CONNECTION_STEPS),
                                                ("OData", ("OData",))]
    for entity in CATALOGUE.values():
        tables = (entity.table, *(source.table for source in entity.change_sources))
        found.append((entity.label, tuple(dict.fromkeys(tables))))
    found.extend((label, (code,)) for code, (label, _what) in WRITE_BACK.items())
    found.append(("Change tracking", ("change tracking",)))
    return found


def summarize(steps: Sequence[Step], *, finished: bool) -> list[GroupResult]:
    """The groups complete so far; once finished, every group (unchecked ones say why).

    Steps no group claims
    (a deadline, a crash, unusable options) become groups of their own.
    """
    by_subject = {s.subject or s.step: s for s in steps}
    stopped = next((s for s in steps if not s.ok), None)
    results: list[GroupResult] = []
    claimed: set[str] = set()
    for label, subjects in groups():
        claimed.update(subjects)
        seen = [by_subject[s] for s in subjects if s in by_subject]
        failed = next((s for s in seen if not s.ok), None)
        if failed is not None:
            results.append(GroupResult(label, False, _advice(failed)))
        elif seen and len(seen) == len(subjects):
            results.append(GroupResult(label, True, _good_news(label, seen)))
        elif finished and (seen or label != "OData"):
            why = f"the test stopped at the {stopped.step} step" if stopped else (
                "not part of this test")
            results.append(GroupResult(label, None, f"not checked ({why})"))
    for subject, step in by_subject.items():
        if subject not in claimed:
            results.append(GroupResult(step.step, step.ok,
                                       _advice(step)))
    return results


def not_chosen(sync_entities: Sequence[str] | None) -> set[str]:
    """The groups of what a connection is not set to sync (`sync_entities`; None: all)."""
    if sync_entities is None:
        return set()
    return {label for key, label in CHOICE_GROUPS.items() if key not in sync_entities}


def chosen_ok(groups: Iterable[Mapping[str, Any]], sync_entities: Sequence[str] | None) -> bool:
    """Whether everything the connection is set to sync works (groups as dicts, as reports
    store them): a group the customer left out may fail without failing the test."""
    unwanted = not_chosen(sync_entities)
    return all(g.get("ok") is not False for g in groups if g.get("group") not in unwanted)


def _advice(step: Step) -> str:
    return step.advice or step.detail


def _good_news(label: str, seen: list[Step]) -> str:
    if label == "Connection to SYSPRO":
        return f"logged on ({seen[-1].detail})"
    if label in ("OData", "Change tracking"):
        return seen[-1].detail
    if label.startswith("Write-back"):
        return "permitted"
    via = "OData" if all("(OData)" in s.step for s in seen) else "e.net"
    return f"readable through {via}"


class Explainer:
    """Turns a step's error into plain words: the cause and what to do or ask for."""

    def __init__(self, settings: ConnectionSettings) -> None:
        self.settings = settings

    def advice(self, exc: SysproError, *, subject: str, url: str | None = None) -> str:
        operator = self.settings.operator
        if isinstance(exc, AccessDenied):
            return self._denied(exc, subject, operator)
        if isinstance(exc, AuthFailed):
            return (f"SYSPRO refused the logon of operator {operator} to company "
                    f"{self.settings.company_id}: {exc.message} (check the operator, the "
                    "company and their passwords)")
        where = _host_and_port(url or self.settings.server_url)
        if isinstance(exc, TransportError) and exc.cause in UNREACHABLE:
            cause = UNREACHABLE[exc.cause].format(detail=exc.cause_detail or "unknown issuer")
            return f"cannot reach {where}: {cause}"
        if isinstance(exc, SysproTimeout):
            return (f"SYSPRO at {where} did not answer within "
                    f"{self.settings.read_timeout:g} s (it may be overloaded: try again later)")
        if isinstance(exc, TransportError) and exc.status is None:
            return f"cannot reach {where}: {exc.message}"
        return exc.message

    @staticmethod
    def _denied(exc: AccessDenied, subject: str, operator: str) -> str:
        operator = exc.operator or operator
        area = f" in functional area '{exc.area}'" if exc.area else ""
        if subject in WRITE_BACK:
            what = WRITE_BACK[subject][1]
            return (f"operator {operator} may not use business object {subject}, {what} (ask "
                    f"your SYSPRO administrator to grant operator {operator} access to "
                    f"{subject}{area})")
        return (f"operator {operator} may not read {subject} (ask your SYSPRO administrator "
                f"to give operator {operator} access to the {subject} table{area})")


def _host_and_port(url: str) -> str:
    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        port = 0
    return f"{parts.hostname or url} port {port}"
