"""``ingest_items`` and ``fetch_job_status`` in the sandbox, with the CSV upload and report URLs.

As monday documents it (FACTS §2, §4): a job is made for a board and group with an optional
match column (UPSERT or SKIP); its CSV is uploaded to the job's URL (valid 10 minutes); the job
moves UPLOAD_PENDING -> PROCESSING -> COMPLETED, or REJECTED (a bad file) / FAILED (the
account's 19,000 items per hour are spent: ACCOUNT_CAPACITY_EXCEEDED). A job takes at most
10,000 rows and 150 MB. Its report (a CSV, one line per row) is at ``report_url``.

Sandbox choices where monday says nothing ([U]): the CSV's header is ``name`` then column ids;
a cell holding a JSON object is that column value, any other cell is the value's text; an empty
cell leaves the column alone. Rows are processed at ``rows_per_minute`` sandbox time, lazily
when the job's status is asked. API versions before ``from_version`` have no ingest_items:
a request naming it fails validation, as a field missing from the schema does.
"""

from __future__ import annotations

import csv
import io
import json
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, current_app, request
from graphql import GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema

from sandbox.monday.clock import SandboxClock, SlidingWindow
from sandbox.monday.errors import MondayResolverError
from sandbox.monday.state import Caller, SandboxState

URL_LIFETIME = 600.0  # sandbox seconds: upload and report URLs are valid 10 minutes
MAX_BYTES = 150 * 1024 * 1024
HOUR = 3600.0
NAME_HEADER = "name"

ingest_blueprint = Blueprint("monday_sandbox_ingest", __name__, url_prefix="/_ingest")


@dataclass
class Job:
    id: str
    caller: Caller
    board_id: str
    group_id: str
    match_column: str | None
    behaviour: str
    created: float
    token: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    status: str = "UPLOAD_PENDING"
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    done: int = 0
    started: float = 0.0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("submitted", "invalid", "skipped", "created", "updated", "failed"), 0))
    report: list[list[str]] = field(default_factory=list)
    finished: float | None = None
    failure_reason: str | None = None
    failure_message: str | None = None
    index: dict[str, str] = field(default_factory=dict)  # match value -> item id


class IngestJobs:
    """Every ingest job of one sandbox, its budget and its processing."""

    def __init__(self, state: SandboxState, clock: SandboxClock, *, rows_per_minute: int,
                 items_per_hour: int, rows_per_job: int, from_version: str,
                 refuse: str | None = None):
        self.state, self.clock = state, clock
        self.rows_per_minute, self.rows_per_job = rows_per_minute, rows_per_job
        self.items_per_hour, self.from_version, self.refuse = items_per_hour, from_version, refuse
        self.jobs: dict[str, Job] = {}
        self.budgets: dict[int, SlidingWindow] = {}
        self.lock = threading.RLock()
        self.stats = {"jobs": 0, "rows": 0, "refused": 0}

    # -- the API -------------------------------------------------------------------------
    def version_error(self, document: Any, version: str | None) -> dict[str, Any] | None:
        """An older API version's schema has no ingest_items / fetch_job_status: a document
        naming them fails validation there."""
        if version is None or version >= self.from_version:
            return None
        document_text = document.loc.source.body if document.loc else ""
        for name, parent in (("ingest_items", "Mutation"), ("fetch_job_status", "Query")):
            if name in document_text:
                return {"errors": [{
                    "message": f"Cannot query field \"{name}\" on type \"{parent}\".",
                    "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}]}
        return None

    def start(self, info: GraphQLResolveInfo, board_id: str, group_id: str,
              on_match: dict[str, Any] | None = None) -> dict[str, Any]:
        caller: Caller = info.context["caller"]
        board = self.state.board(board_id, caller)
        if not any(g["id"] == group_id for g in board["groups"]):
            raise MondayResolverError(f"Group {group_id} not found", "ResourceNotFoundException",
                                      status_code=404)
        match = (on_match or {}).get("match_column_id")
        if match is not None and match not in board["columns"]:
            raise MondayResolverError(f"This column ID doesn't exist for the board: {match}",
                                      "InvalidColumnIdException", {"column_id": match})
        with self.lock:
            job = Job(self.state.next_id(), caller, board["id"], group_id, match,
                      (on_match or {}).get("behaviour") or "UPSERT", self.clock.now())
            self.jobs[job.id] = job
            self.stats["jobs"] += 1
        return {"job_id": job.id, "upload_url": f"{request.host_url}_ingest/upload/{job.token}"}

    def status(self, info: GraphQLResolveInfo, job_id: str) -> dict[str, Any]:
        with self.lock:
            job = self.jobs.get(str(job_id))
            if job is None or job.caller.account_id != info.context["caller"].account_id:
                raise MondayResolverError(f"Job {job_id} not found", "ResourceNotFoundException",
                                          status_code=404)
            self._advance(job)
            total = len(job.rows)
            done = job.status in ("COMPLETED", "FAILED", "REJECTED")
            return {
                "__typename": "ItemsJobStatus", "status": job.status, "counts": dict(job.counts),
                "progress_percentage": 100 if done else int(100 * job.done / max(total, 1)),
                "failure_reason": job.failure_reason, "failure_message": job.failure_message,
                "fully_imported": job.status == "COMPLETED" and job.done == total,
                "report_created": job.status == "COMPLETED",
                "report_url": (f"{request.host_url}_ingest/report/{job.token}"
                               if job.status == "COMPLETED" else None),
            }

    def bind(self, schema: GraphQLSchema) -> None:
        mutation, query = schema.get_type("Mutation"), schema.get_type("Query")
        assert isinstance(mutation, GraphQLObjectType) and isinstance(query, GraphQLObjectType)
        mutation.fields["ingest_items"].resolve = lambda _, info, **kw: self.start(info, **kw)
        query.fields["fetch_job_status"].resolve = lambda _, info, **kw: self.status(info, **kw)

    # -- upload and processing -------------------------------------------------------------
    def upload(self, token: str, body: bytes) -> tuple[int, str]:
        with self.lock:
            job = next((j for j in self.jobs.values() if j.token == token), None)
            if job is None or self.clock.now() > job.created + URL_LIFETIME:
                return 403, "AccessDenied: the upload URL is unknown or has expired"
            if job.status != "UPLOAD_PENDING":
                return 409, "this job already has its file"
            if len(body) > MAX_BYTES:
                return self._reject(job, "FILE_TOO_LARGE", "The file is larger than 150 MB")
            try:
                lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
            except (UnicodeDecodeError, csv.Error) as exc:
                return self._reject(job, "INVALID_UPLOAD", f"The file is not a CSV: {exc}")
            if not lines or not lines[0] or lines[0][0] != NAME_HEADER:
                return self._reject(job, "INVALID_UPLOAD",
                                    f"The first column must be {NAME_HEADER!r}")
            columns = self.state.boards[job.board_id]["columns"]
            unknown = [c for c in lines[0][1:] if c not in columns]
            if unknown:
                return self._reject(job, "INVALID_UPLOAD", f"Unknown columns: {unknown}")
            job.header, job.rows = lines[0], [r for r in lines[1:] if any(r)]
            job.counts["submitted"] = len(job.rows)
            if len(job.rows) > self.rows_per_job:
                return self._reject(job, "INVALID_UPLOAD", f"The file has {len(job.rows)} rows;"
                                    f" a job takes at most {self.rows_per_job}")
            if self.refuse:
                return self._reject(job, self.refuse, "Ingest is not allowed for this account")
            return self._accept(job)

    def _reject(self, job: Job, reason: str, message: str) -> tuple[int, str]:
        job.status, job.failure_reason, job.failure_message = "REJECTED", reason, message
        job.finished = self.clock.now()
        self.stats["refused"] += 1
        return 200, "rejected"

    def _accept(self, job: Job) -> tuple[int, str]:
        budget = self.budgets.setdefault(
            job.caller.account_id, SlidingWindow(self.clock, self.items_per_hour, HOUR))
        if budget.wait_for(len(job.rows)) > 0:
            job.status, job.failure_reason = "FAILED", "ACCOUNT_CAPACITY_EXCEEDED"
            job.failure_message = (f"The account's {self.items_per_hour} items per hour are "
                                   "spent; try again later")
            job.finished = self.clock.now()
            self.stats["refused"] += 1
            return 200, "failed"
        budget.record(len(job.rows))
        job.status, job.started = "PROCESSING", self.clock.now()
        if job.match_column:
            board = self.state.boards[job.board_id]
            for item_id in board["item_ids"]:
                item = self.state.items[item_id]
                if item["state"] == "active":
                    text = self._match_text(item, job.match_column)
                    job.index.setdefault(text, item_id)
        return 200, "ok"

    def _match_text(self, item: dict[str, Any], column_id: str) -> str:
        value = self.state.render_item_values(item, [column_id])
        return str(value[0]["text"] or "") if value else ""

    def _advance(self, job: Job) -> None:
        if job.status != "PROCESSING":
            return
        elapsed = self.clock.now() - job.started
        target = min(len(job.rows), int(elapsed * self.rows_per_minute / 60.0) + 1)
        while job.done < target:
            self._process_row(job, job.done)
            job.done += 1
        if job.done == len(job.rows):
            job.status, job.finished = "COMPLETED", self.clock.now()

    def _process_row(self, job: Job, position: int) -> None:
        row = job.rows[position]
        cells = dict(zip(job.header, row, strict=False))
        name = cells.pop(NAME_HEADER, "")
        values = {column: _cell(text) for column, text in cells.items() if text != ""}
        key = str(values.get(job.match_column, "")) if job.match_column else ""
        existing = job.index.get(key) if key else None
        outcome, item_id, error = "created", "", ""
        try:
            if existing and job.behaviour == "SKIP":
                outcome, item_id = "skipped", existing
            elif existing:
                item = self.state.change_values(job.caller, job.board_id, existing,
                                                json.dumps({**values, "name": name}), True)
                outcome, item_id = "updated", item["id"]
            else:
                item = self.state.create_item(job.caller, job.board_id, name, job.group_id,
                                              json.dumps(values), True)
                item_id = item["id"]
                if key:
                    job.index[key] = item_id
        except MondayResolverError as exc:
            outcome, error = "failed", exc.message
        job.counts[outcome] += 1
        self.stats["rows"] += 1
        job.report.append([str(position + 1), outcome, item_id, key, error])

    def report(self, token: str) -> tuple[int, str]:
        with self.lock:
            job = next((j for j in self.jobs.values() if j.token == token), None)
            if job is None or job.finished is None or job.status != "COMPLETED" or (
                    self.clock.now() > job.finished + URL_LIFETIME):
                return 403, "AccessDenied: the report URL is unknown or has expired"
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(["row", "status", "item_id", job.match_column or "match", "error"])
            writer.writerows(job.report)
            return 200, out.getvalue()


def _cell(text: str) -> Any:
    """A JSON object or list is a column value as JSON; anything else is plain text."""
    if text[:1] in "{[":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def _jobs() -> IngestJobs:
    return current_app.extensions["monday_sandbox"].ingest


@ingest_blueprint.route("/upload/<token>", methods=["PUT", "POST"])
def upload_file(token: str) -> Response:
    status, text = _jobs().upload(token, request.get_data())
    return Response(text, status=status, mimetype="text/plain")


@ingest_blueprint.get("/report/<token>")
def report_file(token: str) -> Response:
    status, text = _jobs().report(token)
    return Response(text, status=status, mimetype="text/csv" if status == 200 else "text/plain")
