"""Mutable state of one sandbox server: data, operators, e.net sessions, injected faults."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sandbox.syspro.data import DataStore
from sandbox.syspro.schema import AR_TABLES


@dataclass
class Operator:
    code: str
    password: str
    name: str
    group: str = ""
    denied_business_objects: frozenset[str] = frozenset()
    denied_tables: frozenset[str] = frozenset()  # lower-cased table names

    def may_call(self, business_object: str) -> bool:
        return business_object.upper() not in self.denied_business_objects

    def may_read(self, table: str) -> bool:
        return table.lower() not in self.denied_tables


def default_operators() -> dict[str, Operator]:
    return {
        "ADMIN": Operator("ADMIN", "sandbox", "Administrator", "ADM"),
        "VIEWER": Operator(
            "VIEWER", "sandbox", "Read-only viewer", "VIEW",
            denied_business_objects=frozenset({"APSSSP", "ARSSCS"}),
            denied_tables=frozenset(t.lower() for t in AR_TABLES),
        ),
    }


@dataclass
class Session:
    operator: str
    last_used: float


class Sessions:
    """e.net sessions: idle expiry, and a second logon of an operator evicts the first."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._by_id: dict[str, Session] = {}
        self._clock = clock
        self.idle_seconds = 600.0
        self.evict_on_second_logon = True
        self.logons = 0  # how many logons happened (tests check sharing)

    def logon(self, operator: str) -> str:
        # SYSPRO 7 shape: 34 uppercase hex characters; the body adds two spaces.
        session_id = secrets.token_hex(17).upper()
        with self._lock:
            self.logons += 1
            if self.evict_on_second_logon:
                for sid in [s for s, v in self._by_id.items() if v.operator == operator]:
                    del self._by_id[sid]
            self._by_id[session_id] = Session(operator, self._clock())
        return session_id

    def lookup(self, session_id: str) -> str | None:
        key = session_id.strip().upper()
        now = self._clock()
        with self._lock:
            session = self._by_id.get(key)
            if session is None:
                return None
            if now - session.last_used > self.idle_seconds:
                del self._by_id[key]
                return None
            session.last_used = now
            return session.operator

    def logoff(self, session_id: str) -> bool:
        with self._lock:
            return self._by_id.pop(session_id.strip().upper(), None) is not None

    def expire(self, operator: str | None = None) -> int:
        with self._lock:
            doomed = [s for s, v in self._by_id.items() if operator in (None, v.operator)]
            for sid in doomed:
                del self._by_id[sid]
            return len(doomed)

    def active(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"operator": v.operator} for v in self._by_id.values()]


FAULT_KINDS = ("slow", "error500", "malformed", "drop", "expire_session", "bo_unavailable")


@dataclass
class Fault:
    kind: str
    remaining: int = 1
    scope: str = "any"  # any | enet | odata
    delay: float = 2.0
    path_contains: str = ""


@dataclass
class Faults:
    items: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault) -> None:
        if fault.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {fault.kind!r}; one of {FAULT_KINDS}")
        with self.lock:
            self.items.append(fault)

    def clear(self) -> None:
        with self.lock:
            self.items.clear()

    def take(self, scope: str, path: str) -> Fault | None:
        """The next fault that applies to this request, consumed."""
        with self.lock:
            for fault in self.items:
                if fault.scope not in ("any", scope):
                    continue
                if fault.path_contains and fault.path_contains.lower() not in path.lower():
                    continue
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.items.remove(fault)
                return fault
        return None


@dataclass
class SandboxState:
    data: DataStore
    make_data: Callable[[], DataStore]
    company_id: str = "DEMO"
    company_password: str = ""
    company_name: str = "Demo Distribution (Pty) Ltd"
    operators: dict[str, Operator] = field(default_factory=default_operators)
    sessions: Sessions = field(default_factory=Sessions)
    faults: Faults = field(default_factory=Faults)
    odata_row_cap: int = 5000
    odata_next_link: bool = True
    # Sites differ on whether a query may filter on the TimeStamp rowversion [U].
    comfnd_rowversion_filter: bool = True
    odata_rowversion_filter: bool = True
    requests_seen: int = 0
    # Every Setup call that reached a business object: operator, object, answer (ok/denied).
    setup_calls: list[dict[str, str]] = field(default_factory=list)

    def reset(self) -> None:
        self.data = self.make_data()
        self.setup_calls.clear()
        self.sessions.expire()
        self.sessions.logons = 0
        self.faults.clear()
