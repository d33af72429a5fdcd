"""First imports and backfills through monday's ingest_items: thousands of creates in one job.

Used by a push when the API version has ingest_items (MONDAY_INGEST_MIN_API_VERSION) and at
least MONDAY_INGEST_MIN_RECORDS records were never sent to monday. The CSV's cells are the
very column values the mutation path sends (sync.values.encode_values over sync/mapping.py),
matched on the SYSPRO ID column with UPSERT, so a job repeated after a crash updates the items
the first one made instead of doubling them. Afterwards each record gets its item id (from the
job's report, else read back from the board) so later changes go by id through
change_multiple_column_values; a row the report marks failed fails its record with monday's
reason, to be retried by the mutation path.

Within monday's budget: at most 10,000 rows a job and 19,000 items an hour per account (an
IngestBudget in Redis shared by all workers). Whatever ingest cannot take - the budget is
spent, monday answers ACCOUNT_CAPACITY_EXCEEDED, the API version has no ingest_items, the job
is refused - stays in the outbox for the usual mutations: ingest only ever speeds a push up.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

from monday_api.client import MondayClient
from monday_api.errors import (
    ErrorAction,
    ErrorDetails,
    MondayError,
    RecordError,
    RetriesExhaustedError,
)
from monday_api.ingest import (
    IngestBudget,
    JobStatus,
    ReportRow,
    fetch_report,
    job_status,
    start_job,
    supports_ingest,
    to_csv,
    upload,
)
from monday_api.pacing import BoardWriterLock
from store import ingest_jobs, outbox
from sync.context import EngineContext
from sync.mapping import ID_COLUMN_KEY
from sync.push_writes import Board, Outcome

log = logging.getLogger(__name__)
Encode = Callable[[list[outbox.DueRecord]], dict[int, str]]
Settle = Callable[[list[Outcome]], None]
FAILED_ROWS = ("failed", "invalid")


def budget_for(client: MondayClient) -> IngestBudget | None:
    """The account's hourly ingest budget (None: no shared pacing, so no ingest)."""
    if client.pacer is None or client.account_id is None:
        return None
    hour = 60 * client.pacer.settings.window_seconds  # one monday hour, scaled like minutes
    return IngestBudget(client.pacer.redis, client.account_id,
                        client.settings.ingest_items_per_hour, hour)


def first_import(ctx: EngineContext, board: Board, lock: BoardWriterLock, encode: Encode,
                 settle: Settle, board_room: Callable[[], int] | None = None) -> int:
    """Send the board's never-sent records through ingest jobs; how many rows went in.
    `board_room` is how many more items the board may take (sync/capacity.py): a job never
    carries more, so a nearly full board's records go by mutations, where the capacity
    policy (archive, roll over, stop) decides."""
    client = board.client
    budget = budget_for(client)
    if budget is None or not supports_ingest(client.settings):
        return 0
    sent = _resume(ctx, board, lock, budget, settle)
    settings = client.settings
    while not budget.paused():
        with ctx.db.session() as session:
            due = outbox.due_records(session, board.spec.id, ctx.clock(),
                                     settings.ingest_rows_per_job, new_only=True)
        room = budget.available()
        if board_room is not None:
            room = min(room, board_room())
        if len(due) < settings.ingest_min_records or room < settings.ingest_min_records:
            if due and room < settings.ingest_min_records:
                log.info("board sync %s: ingest budget spent (%s left this hour); %s records "
                         "go by mutations", board.spec.id, room, len(due))
            return sent
        encoded = encode(due[:room])
        rows = [r for r in due[:room] if r.id in encoded]
        outcomes = _run_job(ctx, board, lock, budget, rows, encoded)
        if outcomes is None:
            return sent
        settle(outcomes)
        sent += len(rows)
    return sent


def _resume(ctx: EngineContext, board: Board, lock: BoardWriterLock, budget: IngestBudget,
            settle: Settle) -> int:
    """A job a killed push left behind: wait for it if monday has its file, else drop it
    (its records are marked sent, so the mutation path looks their items up first)."""
    with ctx.db.session() as session:
        job = ingest_jobs.open_job(session, board.spec.id)
    if job is None:
        return 0
    if job.monday_job_id is None:
        with ctx.db.session() as session:
            ingest_jobs.finish_job(session, job.id, "abandoned", None,
                                   message="the push stopped before the upload finished")
        return 0
    outcomes = _await(ctx, board, lock, budget, job.id, job.monday_job_id, job.record_ids)
    settle(outcomes or [])
    return len(outcomes or [])


def _run_job(ctx: EngineContext, board: Board, lock: BoardWriterLock, budget: IngestBudget,
             rows: list[outbox.DueRecord], encoded: dict[int, str]) -> list[Outcome] | None:
    """One job: start, upload, wait, read back. None: ingest refused, mutations go on."""
    client, spec = board.client, board.spec
    columns = list(dict.fromkeys(c for r in rows for c in json.loads(encoded[r.id])))
    body = to_csv(client.settings.ingest_name_header, columns,
                  [(r.pending_name, _cells(encoded[r.id], columns)) for r in rows])
    with ctx.db.session() as session:
        job_row = ingest_jobs.start_job(session, spec.account_id, spec.id, [r.id for r in rows])
    try:
        group = spec.group_id or _first_group(client, spec.board_id)
        job = start_job(client, spec.board_id, group, board.columns[ID_COLUMN_KEY]["id"])
    except MondayError as exc:
        if isinstance(exc, RetriesExhaustedError) or exc.action not in (
                ErrorAction.FAIL_RUN, ErrorAction.FAIL_RECORD):
            raise  # an outage or a token problem: the push's own handling applies
        # No ingest_items in this API version, or monday refused it: use mutations a while.
        _refused(ctx, client, budget, job_row, [r.id for r in rows], exc.code or "refused",
                 exc.monday_message, nothing_written=True)
        return None
    budget.reserve(len(rows))
    upload(client, job.upload_url, body)
    with ctx.db.session() as session:
        ingest_jobs.set_uploaded(session, job_row, job.job_id)
    log.info("board sync %s: ingest job %s took %s rows", spec.id, job.job_id, len(rows))
    return _await(ctx, board, lock, budget, job_row, job.job_id, [r.id for r in rows])


def _await(ctx: EngineContext, board: Board, lock: BoardWriterLock, budget: IngestBudget,
           job_row: int, monday_job_id: str, record_ids: list[int]) -> list[Outcome] | None:
    client = board.client
    scale = client.pacer.settings.seconds_per_monday_second if client.pacer else 1.0
    deadline = time.monotonic() + client.settings.ingest_max_wait_seconds * scale
    status = job_status(client, monday_job_id)
    while not status.done:
        if time.monotonic() > deadline or not lock.extend():
            log.warning("ingest job %s still %s: the next push waits for it again",
                        monday_job_id, status.status)
            return []
        time.sleep(client.settings.ingest_poll_seconds * scale)
        status = job_status(client, monday_job_id)
    if status.status != "COMPLETED":
        written = status.counts.get("created", 0) + status.counts.get("updated", 0)
        _refused(ctx, client, budget, job_row, record_ids, status.failure_reason or
                 status.status, status.failure_message or "", nothing_written=written == 0)
        return None
    report = fetch_report(client, status.report_url) if status.report_url else []
    outcomes = _outcomes(ctx, board, record_ids, report)
    with ctx.db.session() as session:
        ingest_jobs.finish_job(session, job_row, "completed", status.counts)
    return outcomes


def _outcomes(ctx: EngineContext, board: Board, record_ids: list[int],
              report: list[ReportRow]) -> list[Outcome]:
    """One outcome per record monday answered for; a record with neither an item nor a
    failed row stays due (marked sent: the mutation path looks it up first)."""
    with ctx.db.session() as session:
        due = {r.id: r for r in outbox.due_records(session, board.spec.id, ctx.clock(),
                                                   len(record_ids), ids=record_ids)}
    lines = {line.row: line for line in report}
    unknown = [due[i].key for n, i in enumerate(record_ids, 1)
               if i in due and not (lines.get(n) and (lines[n].item_id or
                                                       lines[n].status in FAILED_ROWS))]
    found = _read_back(board, set(unknown)) if unknown else {}
    outcomes = []
    for number, record_id in enumerate(record_ids, 1):
        record, line = due.get(record_id), lines.get(number)
        if record is None:
            continue  # changed again or written meanwhile: the usual push handles it
        if line is not None and line.status in FAILED_ROWS:
            if _board_full_row(line):
                # Left pending: the mutation path meets the full board and its capacity
                # policy (archive, roll over, stop) decides; nothing is failed for it.
                continue
            outcomes.append(Outcome(record, None, _row_error(number, line), "created"))
            continue
        item_id = (line.item_id if line else None) or found.get(record.key)
        if item_id:
            action = "updated" if line is not None and line.status == "updated" else "created"
            outcomes.append(Outcome(record, item_id, None, action))
    return outcomes


def _read_back(board: Board, keys: set[str]) -> dict[str, str]:
    """SYSPRO ID -> item id for `keys`, read from the board page by page (the oldest item
    wins when two carry one key)."""
    column = board.columns[ID_COLUMN_KEY]["id"]
    found: dict[str, str] = {}
    for item in board.client.iter_items(board.spec.board_id, column_ids=[column]):
        key = item.text(column)
        if key in keys and (key not in found or int(item.id) < int(found[key])):
            found[key] = item.id
    return found


def _board_full_row(line: ReportRow) -> bool:
    """A row refused because the board holds its maximum of API-created items (the report's
    wording is not documented [U]: monday's error code, its job reason, or the words)."""
    text = (line.error or "").lower()
    return any(mark in text for mark in ("itemslimitation", "board_capacity_exceeded",
                                         "items created through the api"))


def _row_error(number: int, line: ReportRow) -> RecordError:
    reason = line.error or f"monday marked the row {line.status}"
    message = f"monday's bulk import refused this record (row {number}): {reason}"
    return RecordError(ErrorDetails(ErrorAction.FAIL_RECORD, "IngestItems", message,
                                    code="IngestRowFailed"))


def _refused(ctx: EngineContext, client: MondayClient, budget: IngestBudget, job_row: int,
             record_ids: list[int], reason: str, message: str, *, nothing_written: bool) -> None:
    scale = client.pacer.settings.seconds_per_monday_second if client.pacer else 1.0
    budget.pause(client.settings.ingest_backoff_seconds * scale, reason)
    log.warning("ingest refused (%s: %s); records go by mutations for now", reason, message)
    with ctx.db.session() as session:
        ingest_jobs.finish_job(session, job_row, "failed", None, reason, message or None)
        if nothing_written:
            ingest_jobs.clear_create_sent(session, record_ids)


def _cells(encoded: str, columns: list[str]) -> list[str]:
    """A record's encoded column values as CSV cells: text as is, other values as JSON."""
    values = json.loads(encoded)
    cells = []
    for column in columns:
        value = values.get(column)
        cells.append("" if value is None else value if isinstance(value, str)
                     else json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    return cells


def _first_group(client: MondayClient, board_id: str) -> str:
    found = client.board(board_id)
    if found is None or not found.groups:
        raise MondayError(ErrorDetails(ErrorAction.FAIL_RUN, "BoardsWithColumns",
                                       f"board {board_id} has no group to import into"))
    return found.groups[0].id


__all__ = ["JobStatus", "budget_for", "first_import"]
