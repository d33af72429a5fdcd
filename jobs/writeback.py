"""RQ job for board webhooks on lookup boards: write the edit back to SYSPRO.

Enqueued by the web layer (monday_app/web/webhooks.py) once per triggerUuid; the engine makes a
second run harmless (an applied edit is remembered, and an echo of it is recognised).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from jobs import metrics
from jobs.declare import RQ_DEFAULT_TIMEOUT, Overlap, job
from jobs.engine import engine_context
from jobs.runtime import runtime
from sync.writeback import BoardEdit, apply_board_edit

# SYSPRO unreachable or busy: the job raises and rq tries again after each of these waits.
# The engine remembers what it applied, so a retry never writes twice.
WRITEBACK_RETRY_SECONDS = (30, 120, 600)


# One job per monday delivery (triggerUuid): monday may deliver a webhook twice.
@job(timeout=RQ_DEFAULT_TIMEOUT, overlap=Overlap.REFUSE, retries=WRITEBACK_RETRY_SECONDS,
     job_id=lambda **edit: f"writeback-{edit['trigger_uuid']}"[:128])
def write_back_board_edit(
    *,
    account_id: int,
    board_id: str,
    item_id: str,
    column_id: str | None,
    value: Any,
    previous_value: Any,
    user_id: int | str | None,
    trigger_uuid: str,
) -> dict[str, Any]:
    edit = BoardEdit(
        account_id=int(account_id),
        board_id=str(board_id),
        item_id=str(item_id),
        column_id=column_id,
        value=value,
        previous_value=previous_value,
        user_id=user_id,
        trigger_uuid=str(trigger_uuid),
    )
    rt = runtime()
    try:
        return asdict(apply_board_edit(engine_context(rt), edit))
    except Exception as exc:
        metrics.count_failure(rt.redis, exc, poll_of=None)  # the SYSPRO error class, if any
        raise
