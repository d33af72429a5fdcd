"""Counters the workers keep in Redis, and the Prometheus collector /metrics exposes them with.

Why Redis and not prometheus_client's multiprocess mode: the numbers are produced in rq's
forked work horses (one per job, gone when it ends), on any number of worker hosts, and read by
the web processes. Multiprocess mode needs one directory shared by all of them on one host and
cleaned of dead pids; a Redis hash is already shared by every process on every host, and a
Redis restart only resets the counters, which Prometheus's rate() takes as it takes any
process restart. The gauges (queue depth, poll lag, heartbeats) are read when scraped.

Invariants: labels carry entity names, outcomes, error classes and monday error codes only,
never an account's name, a board name or a token; every label value is from a short fixed
vocabulary or cut to `_label()`'s shape, so a scrape stays small.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import redis
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from rq import Queue

from config.settings import Settings
from jobs.declare import QUEUE_NAME
from jobs.liveness import read_background
from monday_api.errors import ErrorDetails
from store.db import Database
from syspro.errors import SysproError

log = logging.getLogger(__name__)

COUNTERS_KEY = "ml:metrics:counters"
# The queues the declared jobs run on (jobs/declare.py): all on the one queue today.
QUEUE_NAMES = (QUEUE_NAME,)


@dataclass(frozen=True)
class Counter:
    name: str  # without the _total suffix prometheus_client adds
    help: str
    labels: tuple[str, ...]


POLLS = Counter("ml_polls", "Polls of a board sync, by entity and outcome "
                "(succeeded, failed, skipped)", ("entity", "outcome"))
RECORDS = Counter("ml_records", "SYSPRO records by entity and stage: read and staged by polls "
                  "(staged = changed, to be written), pushed (created, updated or recreated on "
                  "monday) and failed (unreadable or refused by monday)", ("entity", "stage"))
PACE_WAIT = Counter("ml_monday_pace_wait_seconds", "Seconds monday requests waited for the "
                    "pace (board mutation windows, account request and complexity budgets)", ())
PACED_REQUESTS = Counter("ml_monday_paced_requests", "monday requests that went through the "
                         "pacer (divide the wait by this for the mean)", ())
RATE_LIMITED = Counter("ml_monday_rate_limited", "monday answers that were rate limits (429 "
                       "and their HTTP 200 forms), by monday's error code", ("reason",))
SYSPRO_ERRORS = Counter("ml_syspro_errors", "SYSPRO failures that ended a poll or a "
                        "write-back, by error class", ("error_class",))
ALERTS = Counter("ml_alerts", "Health alerts sent, by new state and channel", ("state", "channel"))
COUNTERS = (POLLS, RECORDS, PACE_WAIT, PACED_REQUESTS, RATE_LIMITED, SYSPRO_ERRORS, ALERTS)


def _label(value: object) -> str:
    text = re.sub(r"[^A-Za-z0-9_]+", "_", str(value)).strip("_")
    return text[:40] or "unknown"


def _field(counter: Counter, labels: dict[str, object]) -> str:
    values = {name: _label(labels[name]) for name in counter.labels}
    return f"{counter.name}|{json.dumps(values, sort_keys=True)}"


def count(connection: redis.Redis, counter: Counter, amount: float = 1.0,
          **labels: object) -> None:
    """Add to a counter. A metric must never fail the work it measures: Redis errors are
    logged and dropped."""
    if amount <= 0:
        return
    try:
        connection.hincrbyfloat(COUNTERS_KEY, _field(counter, labels), amount)
    except redis.RedisError as exc:
        log.warning("metric %s not counted: %s", counter.name, exc)


def count_poll(connection: redis.Redis, entity: str, result: Any) -> None:
    """A finished poll (sync.poll.PollResult): its outcome and its records."""
    outcome = "skipped" if result.skipped_reason else "succeeded"
    count(connection, POLLS, entity=entity, outcome=outcome)
    count(connection, RECORDS, result.read, entity=entity, stage="read")
    count(connection, RECORDS, result.changed + result.vanished, entity=entity, stage="staged")
    count(connection, RECORDS, result.failed, entity=entity, stage="failed")


def count_push(connection: redis.Redis, entity: str, result: Any) -> None:
    """A finished push (sync.push.PushResult): records written and refused."""
    pushed = result.created + result.updated + result.recreated
    count(connection, RECORDS, pushed, entity=entity, stage="pushed")
    count(connection, RECORDS, result.failed, entity=entity, stage="failed")


def count_failure(connection: redis.Redis, exc: BaseException, *, poll_of: str | None) -> None:
    """A poll (poll_of = its entity) or a write-back that raised: the SYSPRO error class."""
    if poll_of is not None:
        count(connection, POLLS, entity=poll_of, outcome="failed")
    seen: BaseException | None = exc
    while seen is not None and not isinstance(seen, SysproError):
        seen = seen.__cause__ or seen.__context__
    if seen is not None:
        count(connection, SYSPRO_ERRORS, error_class=type(seen).__name__)


class TransportMetrics:
    """The monday transport's observer (monday_api/transport.py): 429s and pace waits."""

    def __init__(self, connection: redis.Redis):
        self.connection = connection

    def rate_limited(self, details: ErrorDetails) -> None:
        reason = details.code or (f"http_{details.http_status}" if details.http_status else None)
        # monday spells one code several ways (ComplexityException, COMPLEXITY_...).
        count(self.connection, RATE_LIMITED, reason=(reason or "message").lower())

    def paced(self, seconds: float) -> None:
        count(self.connection, PACED_REQUESTS)
        count(self.connection, PACE_WAIT, seconds)


class ConnectorCollector(Collector):
    """Everything /metrics shows: the Redis counters, then gauges read at scrape time."""

    def __init__(self, db: Database, connection: redis.Redis, settings: Settings):
        self.db, self.connection, self.settings = db, connection, settings

    def collect(self) -> Iterator[Metric]:
        yield from self._counters()
        yield from self._gauges()

    def _counters(self) -> Iterator[Metric]:
        # The sync client's reply; redis-py types it as `Awaitable | Any` (redis-py #3497).
        stored = cast(dict[bytes, bytes], self.connection.hgetall(COUNTERS_KEY))
        for counter in COUNTERS:
            family = CounterMetricFamily(counter.name, counter.help, labels=counter.labels)
            for raw_field, raw_value in stored.items():
                name, _, labels = raw_field.decode().partition("|")
                if name == counter.name:
                    values = json.loads(labels)
                    family.add_metric([values[k] for k in counter.labels], float(raw_value))
            yield family

    def _gauges(self) -> Iterator[Metric]:
        depth = GaugeMetricFamily("ml_queue_depth", "Jobs waiting in an rq queue",
                                  labels=("queue",))
        for name in QUEUE_NAMES:
            depth.add_metric([name], Queue(name, connection=self.connection).count)
        yield depth
        background = read_background(self.db, self.connection, self.settings)
        yield GaugeMetricFamily(
            "ml_oldest_due_poll_seconds", "How long the oldest due poll has been due (0: the "
            "schedule keeps up)", value=background.lag.oldest_due_seconds(background.now))
        yield GaugeMetricFamily("ml_board_syncs_overdue", "Board syncs with no successful poll "
                                "for two of their intervals", value=len(background.lag.overdue))
        yield GaugeMetricFamily("ml_schedule_tick_age_seconds", "Seconds since the last "
                                "schedule tick (-1: never)", value=_age(background.schedule_age))
        freshest = background.worker_ages[0] if background.worker_ages else None
        yield GaugeMetricFamily("ml_worker_heartbeat_age_seconds", "Seconds since the freshest "
                                "worker heartbeat (-1: no worker)", value=_age(freshest))
        yield GaugeMetricFamily("ml_workers_registered", "rq workers with a record in Redis",
                                value=len(background.worker_ages))


def _age(value: float | None) -> float:
    return -1.0 if value is None else value
