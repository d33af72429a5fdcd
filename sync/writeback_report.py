"""How a write-back's outcome is told: the audit event, and on the item itself.

A person who edits a lookup board sees the answer where they made the edit: a value SYSPRO will
not take is put back at once with an update saying why, and a refusal by SYSPRO is posted as an
update. Every outcome except an echo or a duplicate is audited.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from monday_api.errors import MondayError
from store.audit import AuditEntry
from store.audit import record as audit
from store.board_syncs import BoardSyncSpec
from sync.context import EngineContext
from sync.errors import error_chain, scrub
from sync.values import encode_values

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BoardEdit:
    account_id: int
    board_id: str
    item_id: str
    column_id: str | None
    value: Any
    previous_value: Any
    user_id: int | str | None
    trigger_uuid: str


@dataclass
class WritebackResult:
    # written_back | failed | echo | ignored | duplicate
    outcome: str
    reason: str = ""
    syspro_key: str | None = None
    field: str | None = None
    value: str | None = None
    conflict: dict[str, Any] | None = None  # SYSPRO's value and the board's, when they crossed
    already_applied: bool = False  # SYSPRO had the value: no Setup call was sent


def tell_the_person(
    ctx: EngineContext,
    spec: BoardSyncSpec,
    edit: BoardEdit,
    title: str,
    value: str,
    refusals: list[str],
) -> None:
    """An update on the item: the person who edited it sees why SYSPRO said no."""
    body = (
        f"SYSPRO did not accept {title} = \"{value}\": " + "; ".join(refusals)
        + ". SYSPRO still has the previous value; correct the value here to try again."
    )
    try:
        client = ctx.monday_factory(spec)
        client.create_update(edit.item_id, body, board_id=spec.board_id,
                             idempotency_key=f"writeback-refused-{edit.trigger_uuid}"[:100])
    except MondayError as exc:
        log.warning("board sync %s: update on item %s not posted: %s", spec.id, edit.item_id,
                    scrub(str(exc)))


def restore_column(
    ctx: EngineContext, spec: BoardSyncSpec, edit: BoardEdit, key: str, synced: Any, body: str
) -> None:
    """Put SYSPRO's value of one mapped column back on the item, saying why."""
    restore(ctx, spec, edit, encode_values({key: synced}, spec.provisioned_columns), body)


def restore_name(
    ctx: EngineContext, spec: BoardSyncSpec, edit: BoardEdit, name: str, body: str
) -> None:
    """Give the item back the name SYSPRO's fields make (`name` in the column values renames
    the item, FACTS §5), saying why."""
    restore(ctx, spec, edit, json.dumps({"name": name}, ensure_ascii=False), body)


def restore(
    ctx: EngineContext, spec: BoardSyncSpec, edit: BoardEdit, column_values: str, body: str
) -> None:
    """An edit SYSPRO will not take: put SYSPRO's value back at once and say why on the item,
    so the board is never left showing a value SYSPRO does not have. Our own write comes back
    as a webhook whose value equals SYSPRO's: an echo."""
    try:
        client = ctx.monday_factory(spec)
        client.change_column_values(spec.board_id, edit.item_id, column_values)
        client.create_update(edit.item_id, body, board_id=spec.board_id,
                             idempotency_key=f"writeback-restored-{edit.trigger_uuid}"[:100])
    except MondayError as exc:
        log.warning("board sync %s: item %s not restored: %s", spec.id, edit.item_id,
                    scrub(str(exc)))


def audit_entry(
    spec: BoardSyncSpec, edit: BoardEdit, syspro_key: str | None, action: str,
    result: WritebackResult,
) -> AuditEntry:
    detail: dict[str, Any] = {
        "field": result.field,
        "value": result.value,
        "user_id": edit.user_id,
        "trigger_uuid": edit.trigger_uuid,
        "column_id": edit.column_id,
    }
    if result.reason:
        detail["reason"] = result.reason
    if result.conflict:
        detail["conflict"] = result.conflict
    if result.already_applied:
        detail["already_applied"] = True
    return AuditEntry(
        account_id=spec.account_id,
        board_sync_id=spec.id,
        syspro_id=syspro_key,
        board_id=spec.board_id,
        item_id=edit.item_id,
        action=action,
        detail=detail,
    )


def audit_outcome(
    ctx: EngineContext,
    spec: BoardSyncSpec,
    edit: BoardEdit,
    syspro_key: str | None,
    action: str,
    result: WritebackResult,
    error: BaseException | None = None,
    refusals: list[str] | None = None,
) -> None:
    entry = audit_entry(spec, edit, syspro_key, action, result)
    if error is not None:
        entry.error_chain = error_chain(error)
    if refusals:
        entry.detail = {**(entry.detail or {}), "syspro_refused": refusals}
    with ctx.db.session() as session:
        audit(session, [entry])
