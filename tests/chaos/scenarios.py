"""Each scenario makes work (new SYSPRO invoices), breaks something while the worker does it,
and returns when the fault has ended; the runner then times the way back to a settled board.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import requests

from tests.chaos.stack import ChaosStack, Check


@dataclass
class Fault:
    name: str
    inject: Callable[[ChaosStack], int]  # returns how many faults it injected
    # The board was really caught half-way (kills and restarts only; None: not applicable).
    midway: bool | None = None
    # What "settled and correct" means after it (default: the invoices board equals SYSPRO).
    verify: Callable[[ChaosStack], Check] | None = None


def _wait(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"never saw {what} within {timeout}s")
        time.sleep(0.02)


def _after_mutations(chaos: ChaosStack, offset: int, posted: int) -> None:
    """Post `posted` invoices and return once the push has made `offset` monday mutations."""
    base = chaos.mutations()
    chaos.post_invoices(posted)
    _wait(lambda: chaos.mutations() - base >= offset, 60, f"{offset} mutations")


def kill_mid_push(offset: int, posted: int = 30) -> Fault:
    fault = Fault(f"kill push after {offset} mutations", lambda c: 0)

    def inject(chaos: ChaosStack) -> int:
        _after_mutations(chaos, offset, posted)
        chaos.kill_worker_tree()
        fault.midway = len(chaos.board()) < chaos.check().records
        return 1

    fault.inject = inject
    return fault


def kill_mid_poll(request_number: int) -> Fault:
    """SYSPRO answers slowly (0.3 s), so the poll is still reading at its n-th request. A poll
    with its e.net session cached reads twice (new invoices, then the open ones and payments),
    so 1 and 2 are the points inside it."""
    fault = Fault(f"kill poll at SYSPRO request {request_number}", lambda c: 0)

    def inject(chaos: ChaosStack) -> int:
        _syspro_fault(chaos, {"kind": "slow", "delay": 0.3, "count": 50})
        base = chaos.syspro_requests()
        chaos.post_invoices(3)
        # A poll killed by the previous scenario blocks its sync ~15 s, then one interval.
        _wait(lambda: chaos.syspro_requests() - base >= request_number + 3, 60, "the poll")
        chaos.kill_worker_tree()
        requests.delete(f"{chaos.stack.syspro.base_url}/_sandbox/faults", timeout=10)
        fault.midway = chaos.pending() == 0 and len(chaos.board()) < chaos.check().records
        return 1

    fault.inject = inject
    return fault


def redis_restart(offset: int = 8, down_seconds: float = 3.0) -> Fault:
    fault = Fault(f"Redis restarted after {offset} mutations ({down_seconds:.0f} s down)",
                  lambda c: 0)

    def inject(chaos: ChaosStack) -> int:
        _after_mutations(chaos, offset, 30)
        chaos.restart_redis(down_seconds)
        fault.midway = len(chaos.board()) < chaos.check().records
        return 1

    fault.inject = inject
    return fault


def database_outage(seconds: float) -> Fault:
    """The database taken away from every process while a (slowed) poll is reading:
    PostgreSQL's proxy cut (new connections refused, live ones dropped), or SQLite locked."""
    fault = Fault(f"database unreachable {seconds:.0f} s mid-poll", lambda c: 0)

    def inject(chaos: ChaosStack) -> int:
        fault.name = f"database unreachable {seconds:.0f} s mid-poll ({chaos.database_kind})"
        _syspro_fault(chaos, {"kind": "slow", "delay": 0.5, "count": 4})
        base = chaos.syspro_requests()
        chaos.post_invoices(5)
        _wait(lambda: chaos.syspro_requests() - base >= 6, 30, "the poll")
        with chaos.database_unreachable():
            time.sleep(seconds)
        return 1

    fault.inject = inject
    return fault


def _syspro_fault(chaos: ChaosStack, body: dict[str, object]) -> None:
    url = f"{chaos.stack.syspro.base_url}/_sandbox/faults"
    requests.post(url, json=body, timeout=10).raise_for_status()


def _monday_fault(chaos: ChaosStack, body: dict[str, object]) -> None:
    url = f"{chaos.stack.monday.url}/_sandbox/faults"
    requests.post(url, json=body, timeout=10).raise_for_status()


def _until_consumed(chaos: ChaosStack) -> None:
    _wait(lambda: not chaos.faults_pending(), 60, "the faults consumed")


def syspro_fault(kind: str, count: int, **extra: object) -> Fault:
    def inject(chaos: ChaosStack) -> int:
        chaos.post_invoices(5)
        _syspro_fault(chaos, {"kind": kind, "count": count, **extra})
        _until_consumed(chaos)
        return count

    return Fault(f"SYSPRO {kind} x{count}", inject)


def syspro_eviction() -> Fault:
    """Another logon of the same operator evicts the connector's shared e.net session."""

    def inject(chaos: ChaosStack) -> int:
        chaos.post_invoices(5)
        chaos.stack.syspro.app.state.sessions.logon("ADMIN")
        return 1

    return Fault("SYSPRO session evicted by a second logon", inject)


def monday_fault(kind: str, count: int, **extra: object) -> Fault:
    def inject(chaos: ChaosStack) -> int:
        base = chaos.mutations()
        chaos.post_invoices(15)
        _wait(lambda: chaos.mutations() > base, 60, "the push")
        _monday_fault(chaos, {"kind": kind, "count": count, **extra})
        _until_consumed(chaos)
        return count

    return Fault(f"monday {kind} x{count}", inject)


def full_set() -> list[Fault]:
    # Batches of 5: offsets 5, 10, 15, 20 kill right after monday answered a batch.
    push_offsets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 17, 20, 23]
    return [
        *(kill_mid_push(n) for n in push_offsets),
        kill_mid_poll(1), kill_mid_poll(2), kill_mid_poll(1), kill_mid_poll(2),
        redis_restart(),
        database_outage(30),
        *(syspro_fault(kind, n) for kind, n in (("error500", 3), ("malformed", 2),
                                                 ("drop", 2), ("expire_session", 1),
                                                 ("bo_unavailable", 2))),
        syspro_fault("slow", 1, delay=5),
        syspro_eviction(),
        *(monday_fault(kind, 3) for kind in ("rate_limit", "complexity", "complexity_legacy",
                                             "concurrency", "ip_limit", "locked",
                                             "server_error")),
        monday_fault("timeout", 1, delay=5),
    ]


def small_set() -> list[Fault]:
    """A few minutes' worth for CI: one of each family."""
    return [kill_mid_push(7), kill_mid_poll(2), redis_restart(),
            syspro_fault("drop", 2), monday_fault("rate_limit", 3)]
