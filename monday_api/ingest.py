"""Bulk imports with ``ingest_items`` (API 2026-07 and later; FACTS §2, §4).

One job: ``ingest_items(board_id, group_id, on_match: {match_column_id, behaviour: UPSERT})``
answers a job id and an upload URL; the CSV goes to that URL; ``fetch_job_status`` is polled
until the job is COMPLETED, FAILED or REJECTED; its report (a CSV at ``report_url``) says per
row what happened. Monday allows 19,000 item creates and updates per account per hour through
it and 10,000 rows per job; :class:`IngestBudget` keeps the hourly count in Redis so every
worker of a deployment shares it.

The upload's HTTP method, content type and the report's columns are not documented ([U]):
they are settings (``MONDAY_INGEST_UPLOAD_METHOD`` ...) and the report is read leniently.
"""

from __future__ import annotations

import csv
import io
import logging
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import redis
import requests

from monday_api import queries
from monday_api.client import MondayClient
from monday_api.errors import ErrorAction, ErrorDetails, MondayUnavailable
from monday_api.settings import MondayClientSettings

log = logging.getLogger("monday_api.ingest")

DONE_STATES = ("COMPLETED", "FAILED", "REJECTED")
UPLOAD_ATTEMPTS = 3


@dataclass(frozen=True)
class UploadJob:
    job_id: str
    upload_url: str


@dataclass(frozen=True)
class JobStatus:
    """``ItemsJobStatus`` as monday answers it (counts: submitted invalid skipped created
    updated failed)."""

    status: str
    counts: dict[str, int] = field(default_factory=dict)
    progress: int = 0
    failure_reason: str | None = None
    failure_message: str | None = None
    report_url: str | None = None

    @property
    def done(self) -> bool:
        return self.status in DONE_STATES

    @classmethod
    def from_api(cls, raw: dict[str, Any]) -> JobStatus:
        return cls(status=str(raw.get("status") or "UPLOAD_PENDING"),
                   counts={k: int(v or 0) for k, v in (raw.get("counts") or {}).items()},
                   progress=int(raw.get("progress_percentage") or 0),
                   failure_reason=raw.get("failure_reason"),
                   failure_message=raw.get("failure_message"),
                   report_url=raw.get("report_url"))


@dataclass(frozen=True)
class ReportRow:
    """One line of a job's report: the CSV row it is about (1 = first data row)."""

    row: int
    status: str  # created | updated | skipped | failed | invalid (lower case)
    item_id: str | None
    error: str | None


def supports_ingest(settings: MondayClientSettings) -> bool:
    """Whether the configured API version has ingest_items (versions compare as text)."""
    return settings.ingest_enabled and settings.api_version >= settings.ingest_min_api_version


def to_csv(name_header: str, column_ids: Sequence[str],
           rows: Sequence[tuple[str, Sequence[str]]]) -> bytes:
    """The upload: a header (item name, then column ids) and one line per item."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([name_header, *column_ids])
    for name, cells in rows:
        writer.writerow([name, *cells])
    return out.getvalue().encode("utf-8")


def start_job(client: MondayClient, board_id: str, group_id: str,
              match_column_id: str) -> UploadJob:
    variables = {"board_id": str(board_id), "group_id": group_id,
                 "on_match": {"match_column_id": match_column_id, "behaviour": "UPSERT"}}
    result = client.execute("IngestItems", queries.INGEST_ITEMS, variables,
                            board_mutations={str(board_id): 1})
    raw = result.data.get("ingest_items") or {}
    if not raw.get("job_id") or not raw.get("upload_url"):
        raise MondayUnavailable(ErrorDetails(ErrorAction.RETRY, "IngestItems",
                                             "monday answered ingest_items without a job"))
    return UploadJob(str(raw["job_id"]), str(raw["upload_url"]))


def job_status(client: MondayClient, job_id: str) -> JobStatus:
    data = client.execute("FetchJobStatus", queries.FETCH_JOB_STATUS,
                          {"job_id": str(job_id)}).data
    return JobStatus.from_api(data.get("fetch_job_status") or {})


def upload(client: MondayClient, url: str, body: bytes,
           sleep: Callable[[float], None] = time.sleep) -> None:
    """Send the CSV to the job's upload URL: a pre-signed address, so no monday token goes
    with it. Capped retries with full jitter on 5xx and no answer; 4xx fails at once."""
    settings = client.settings
    for attempt in range(1, UPLOAD_ATTEMPTS + 1):
        try:
            response = requests.request(
                settings.ingest_upload_method, url, data=body,
                headers={"Content-Type": settings.ingest_upload_content_type},
                timeout=(settings.connect_timeout, settings.read_timeout))
        except requests.RequestException as exc:
            problem = f"no answer from the upload URL: {type(exc).__name__}"
        else:
            if response.status_code < 300:
                return
            problem = f"the upload URL answered HTTP {response.status_code}"
            if response.status_code < 500 and response.status_code != 429:
                break
        if attempt < UPLOAD_ATTEMPTS:
            sleep(random.uniform(0, min(settings.backoff_cap_seconds,
                                        settings.backoff_base_seconds * 2 ** attempt)))
    raise MondayUnavailable(ErrorDetails(ErrorAction.RETRY, "IngestUpload", problem))


def fetch_report(client: MondayClient, url: str) -> list[ReportRow]:
    """The job's per-row report; an unreadable report is an empty one (the board is then
    read back instead)."""
    try:
        response = requests.get(url, timeout=(client.settings.connect_timeout,
                                              client.settings.read_timeout))
        response.raise_for_status()
    except requests.RequestException as exc:
        log.warning("ingest report not read (%s): items are read back from the board",
                    type(exc).__name__)
        return []
    return parse_report(response.content.decode("utf-8-sig", errors="replace"))


def _pick(row: dict[str, str], *names: str) -> str | None:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def parse_report(text: str) -> list[ReportRow]:
    """Report lines with a row number; column names are matched leniently ([U])."""
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        number = _pick(row, "row", "row_number", "line")
        if number is None or not number.isdigit():
            continue
        rows.append(ReportRow(row=int(number),
                              status=(_pick(row, "status", "result") or "").lower(),
                              item_id=_pick(row, "item_id", "pulse_id", "id"),
                              error=_pick(row, "error", "error_message", "message", "reason")))
    return rows


class IngestBudget:
    """monday's ingest budget per account (items per hour), shared through Redis.

    ``window_seconds`` is one monday hour in real seconds (shorter under a scaled clock).
    Reservations are a sorted set of "id:count" members scored by time; a pause key says
    ingest is not to be tried until it expires (capacity exceeded, no ingest_items)."""

    def __init__(self, conn: redis.Redis, account_id: str | int, per_hour: int,
                 window_seconds: float, prefix: str = "monday:ingest"):
        self.redis = conn
        self.per_hour = per_hour
        self.window = window_seconds
        self.key = f"{prefix}:{account_id}:used"
        self.pause_key = f"{prefix}:{account_id}:paused"

    def available(self) -> int:
        now = time.time()
        self.redis.zremrangebyscore(self.key, "-inf", now - self.window)
        members: list[Any] = list(self.redis.zrange(self.key, 0, -1))  # type: ignore[arg-type]
        used = sum(int(_text(m).rsplit(":", 1)[1]) for m in members)
        return max(self.per_hour - used, 0)

    def reserve(self, count: int) -> None:
        self.redis.zadd(self.key, {f"{uuid.uuid4().hex}:{count}": time.time()})
        self.redis.expire(self.key, max(int(self.window * 2), 1))

    def pause(self, seconds: float, reason: str) -> None:
        self.redis.set(self.pause_key, reason, px=max(int(seconds * 1000), 1))

    def paused(self) -> str | None:
        value: Any = self.redis.get(self.pause_key)
        return None if value is None else _text(value)


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
