"""Write-back: a person edits a supplier or customer on a lookup board; SYSPRO gets the edit.

The edited monday column is traced back to its SYSPRO field through the board sync's
provisioned columns and mapping; only fields that are one SYSPRO Setup element each (name,
telephone, email, contact, currency, terms, postal code...) are written, through APSSSP or
ARSSCS Setup/Update carrying that one field. Our own pushes come back as webhooks too: a value
equal to what we last wrote (or are about to write), or a change made by an automation, is an
echo and does nothing. After SYSPRO accepts, the record is read back and its synced state saved,
so the next poll sees nothing new and never bounces the edit back to monday.

A job may be killed at any line and run again. Before the Setup call the edit is marked as
being sent: a re-run of a job killed after that never takes the board's value for an echo (a
poll in between may have read the applied edit back from SYSPRO), reads SYSPRO, finds the
value there and audits the edit `written_back` once, without a second Setup call.
"""

from __future__ import annotations

import logging
from typing import Any

import redis

from store.audit import record as audit
from store.board_syncs import BoardSyncSpec, ConnectionSpec, load_spec
from store.recipe_syncs import lookup_sync_for_board
from store.writeback import (
    ItemRecord,
    edit_applied,
    edit_sent,
    mark_edit_applied,
    mark_edit_sending,
    record_for_item,
    save_written_back,
)
from sync.board_edits import edited_column, name_key, renamed_to
from sync.context import EngineContext
from sync.errors import scrub
from sync.mapping import (
    ID_COLUMN_KEY,
    BoardMapping,
    MappedRecord,
    build_mapping,
    content_hash,
    map_record,
)
from sync.sources import enet_client
from sync.values import number, plain
from sync.writeback_report import (
    BoardEdit,
    WritebackResult,
    audit_entry,
    audit_outcome,
    restore_column,
    restore_name,
    tell_the_person,
)
from syspro.entities import split_transaction_id
from syspro.errors import ItemValidationError, SysproError
from syspro.session import Cipher
from syspro.writers import CUSTOMERS, SUPPLIERS, ReferenceWriter, SetupObject

__all__ = ["BoardEdit", "WritebackResult", "apply_board_edit", "build_writer"]

log = logging.getLogger(__name__)

SETUP_OBJECTS: dict[str, SetupObject] = {"suppliers": SUPPLIERS, "customers": CUSTOMERS}
# monday's user id for changes made by automations (and so by our own recipe actions).
AUTOMATION_USER_IDS = frozenset({"-6"})
NOT_LINKED = "the item is not linked to a SYSPRO record (made by hand on the board?)"


def build_writer(
    connection: ConnectionSpec,
    *,
    redis_client: redis.Redis,
    cipher: Cipher,
    allow_private_networks: bool = False,
    allow_loopback: bool = False,
) -> ReferenceWriter:
    """A Setup writer over e.net, sharing the connection's one SYSPRO session with readers."""
    return ReferenceWriter(enet_client(
        connection, redis_client=redis_client, cipher=cipher,
        allow_private_networks=allow_private_networks, allow_loopback=allow_loopback,
    ))


def _same(a: Any, b: Any) -> bool:
    return ("" if a is None else a) == ("" if b is None else b)


def apply_board_edit(ctx: EngineContext, edit: BoardEdit) -> WritebackResult:
    loaded = _load(ctx, edit)
    if isinstance(loaded, WritebackResult):
        return loaded
    spec, record, sent_before = loaded
    setup = SETUP_OBJECTS.get(spec.entity)
    if not spec.account_active or setup is None:
        return WritebackResult("ignored", f"{spec.entity} boards are not written back")
    if str(edit.user_id) in AUTOMATION_USER_IDS:
        return WritebackResult("echo", "changed by an automation")
    mapping = build_mapping(spec.entity, spec.column_mapping)
    new_name = renamed_to(edit.column_id, edit.value)
    if new_name is not None and name_key(spec, mapping) is None:
        return _revert_rename(ctx, spec, mapping, edit, record, new_name)
    target = edited_column(spec, mapping, edit.column_id, edit.value)
    if isinstance(target, str):
        return WritebackResult("ignored", target)
    key, raw = target
    column = mapping.column(key)
    new = _as_stored(spec, key, raw)
    result = WritebackResult("failed", field=column.source, value=new)
    if record is None:
        result.reason = NOT_LINKED
        audit_outcome(ctx, spec, edit, None, "failed", result)
        return result
    result.syspro_key = record.key
    stop = _not_to_write(ctx, spec, edit, record, sent_before, setup, column, new, result)
    if stop is not None:
        return stop
    failed = _write(ctx, spec, mapping, edit, record, setup, column, new, result)
    if failed is not None:
        return failed
    return _save(ctx, spec, mapping, edit, record, key, new, result)


def _load(ctx: EngineContext, edit: BoardEdit
          ) -> WritebackResult | tuple[BoardSyncSpec, ItemRecord | None, bool]:
    """The lookup board's sync, the edited item's record, and whether this edit was sent to
    SYSPRO before (a re-run); or why there is nothing to do."""
    with ctx.db.session() as session:
        sync = lookup_sync_for_board(session, edit.account_id, edit.board_id)
        if sync is None:
            return WritebackResult("ignored", "not a lookup board of this account")
        spec = load_spec(session, ctx.secret_box, sync.id, edit.account_id)
        if edit_applied(session, edit.trigger_uuid):
            return WritebackResult("duplicate", "this edit was already written to SYSPRO")
        return spec, record_for_item(session, spec.id, edit.item_id), edit_sent(
            session, edit.trigger_uuid)


def _as_stored(spec: BoardSyncSpec, key: str, raw: Any) -> str:
    """The edited value in the form the sync stores it, to compare with what it wrote."""
    if spec.provisioned_columns[key].get("type") == "numbers":
        # "12.50" and 12.5 are one value, as the mapping stores it; what is not a number
        # goes as typed, and SYSPRO says what is wrong with it.
        parsed = number(raw)
        raw = raw if parsed is None else parsed
    new = plain(raw)
    return "" if new is None else str(new)


def _not_to_write(
    ctx: EngineContext, spec: BoardSyncSpec, edit: BoardEdit, record: ItemRecord,
    sent_before: bool, setup: SetupObject, column: Any, new: str, result: WritebackResult,
) -> WritebackResult | None:
    """An echo of our own write, or a column SYSPRO cannot take from monday (its value is
    shown again); None: write it."""
    key = column.key
    if not sent_before and (_same(new, record.synced_values.get(key)) or (
        record.pending_values is not None and _same(new, record.pending_values.get(key))
    )):
        return WritebackResult("echo", "the value is what the sync last wrote", record.key)
    if key == ID_COLUMN_KEY or column.derive is not None or column.source not in setup.fields:
        result.reason = (
            f"{column.title} is read from SYSPRO and cannot be changed from monday; "
            f"{setup.business_object} has no single field for it"
        )
        audit_outcome(ctx, spec, edit, record.key, "failed", result)
        restore_column(ctx, spec, edit, key, record.synced_values.get(key),
                        f"{column.title} comes from SYSPRO and cannot be changed here; it "
                        "shows SYSPRO's value again. Change it in SYSPRO, and the next sync "
                        "brings it to this board.")
        return result
    return None


def _write(
    ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping, edit: BoardEdit,
    record: ItemRecord, setup: SetupObject, column: Any, new: str, result: WritebackResult,
) -> WritebackResult | None:
    """Send the edit unless SYSPRO has it already or holds a conflicting change; the result
    when the edit stops here (refused, failed), None when SYSPRO has it."""
    current = current_value(ctx, spec, mapping, record.key, column.key)
    refused = _conflict(ctx, spec, mapping, edit, record, column.key, new, current, result)
    if refused is not None:
        return refused
    if current is not None and _same(current, new):
        # SYSPRO has the value already (a retried job, or both sides made the same change):
        # no second Setup call.
        result.already_applied = True
        return None
    return _send(ctx, spec, edit, record, setup, column, new, result)


def _save(
    ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping, edit: BoardEdit,
    record: ItemRecord, key: str, new: str, result: WritebackResult,
) -> WritebackResult:
    """SYSPRO has the edit: the record's synced state says so, the edit is marked applied
    and audited."""
    synced, digest, pending = _state_after_write(ctx, spec, mapping, record, key, new)
    result.outcome, result.reason = "written_back", ""
    with ctx.db.session() as session:
        # A pending write replaced by SYSPRO's values read back is a live record's write.
        save_written_back(session, record.id, synced_values=synced, content_hash=digest,
                          pending=pending,
                          pending_state="synced" if pending and digest else None)
        mark_edit_applied(session, spec.account_id, edit.trigger_uuid)
        audit(session, [audit_entry(spec, edit, record.key, "written_back", result)])
    return result


def _state_after_write(
    ctx: EngineContext,
    spec: BoardSyncSpec,
    mapping: BoardMapping,
    record: ItemRecord,
    key: str,
    new: str,
) -> tuple[dict[str, Any], str | None, tuple[str, dict[str, Any], str] | None]:
    """The record's synced values and hash as the next poll will compute them.

    Read back from SYSPRO: when SYSPRO stored exactly the edit, the poll's hash is known and the
    poll stays quiet. When SYSPRO stored something else (normalised it), or cannot be read, the
    old hash is kept so the next poll sends SYSPRO's value to monday once."""
    mapped = _read_mapped(ctx, spec, mapping, record.key)
    if mapped is not None and _same(mapped.values.get(key), new):
        pending = None
        if record.pending_values is not None:
            pending = (mapped.name, mapped.values, mapped.content_hash)
        return mapped.values, mapped.content_hash, pending
    synced = {**record.synced_values, key: new}
    pending = None
    if record.pending_values is not None:
        values = {**record.pending_values, key: new}
        name = record.pending_name or record.key
        pending = (name, values, content_hash(name, values))
    return synced, None, pending


def _send(
    ctx: EngineContext, spec: BoardSyncSpec, edit: BoardEdit, record: Any,
    setup: SetupObject, column: Any, new: str, result: WritebackResult,
) -> WritebackResult | None:
    """The Setup/Update call; the failed result when SYSPRO refused (None: applied)."""
    code = split_transaction_id(record.key)[0]
    with ctx.db.session() as session:  # committed before SYSPRO can apply anything
        mark_edit_sending(session, spec.account_id, edit.trigger_uuid)
    writer: ReferenceWriter = ctx.writer_factory(spec)
    try:
        writer.write(setup, "Update", code, {column.source: new})
    except ItemValidationError as exc:
        result.reason = scrub(str(exc))
        refusals = [f"{e.field or 'item'}: {e.description}" for e in exc.result.errors]
        audit_outcome(ctx, spec, edit, record.key, "failed", result, exc, refusals)
        tell_the_person(ctx, spec, edit, column.title, new, refusals or [result.reason])
        return result
    except SysproError as exc:
        result.reason = scrub(str(exc))
        audit_outcome(ctx, spec, edit, record.key, "failed", result, exc)
        if exc.retryable:
            raise  # the job is recorded as failed and may be retried; nothing was written
        return result
    finally:
        _close(writer)
    return None


def _conflict(
    ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping, edit: BoardEdit,
    record: Any, key: str, new: str, current: str | None, result: WritebackResult,
) -> WritebackResult | None:
    """SYSPRO changed the field since the board last showed it, and the person edited the old
    value: a conflict. By the board sync's `conflicts` setting SYSPRO's value is kept (the
    default: the edit is refused, the board shows SYSPRO's value, a note says so) or the
    monday edit wins; either way the audit holds both values. None: go on and write."""
    if current is None or _same(current, record.synced_values.get(key)) or _same(current, new):
        return None
    result.conflict = {"syspro": current, "board_before": record.synced_values.get(key),
                       "board_edit": new, "policy": mapping.conflicts}
    if mapping.conflicts == "monday_wins":
        audit_outcome(ctx, spec, edit, record.key, "conflict", result)
        return None
    title = mapping.column(key).title
    result.reason = (f"{title} was changed in SYSPRO to \"{current}\" after this board last "
                     f"showed it; SYSPRO's value is kept. Edit it again to replace it.")
    audit_outcome(ctx, spec, edit, record.key, "conflict", result)
    restore_column(ctx, spec, edit, key, current, result.reason)
    with ctx.db.session() as session:  # the next edit compares with what the board now shows
        save_written_back(session, record.id, content_hash=None,
                          synced_values={**record.synced_values, key: current})
    return result


def _revert_rename(
    ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping, edit: BoardEdit,
    record: ItemRecord | None, new_name: str,
) -> WritebackResult:
    """The sync makes the item name from SYSPRO fields (a template over several, or a field
    the board has no column for): no one Setup field takes a rename. The item gets the name
    SYSPRO's fields make back at once, with a note, and the audit says so. Our own rename
    comes back as a webhook carrying that name: an echo."""
    result = WritebackResult("failed", field="item name", value=new_name)
    if record is None:
        result.reason = NOT_LINKED
        audit_outcome(ctx, spec, edit, None, "failed", result)
        return result
    result.syspro_key = record.key
    # Read errors propagate: the job is retried rather than leave the person's name standing.
    mapped = _read_mapped(ctx, spec, mapping, record.key, quiet=False)
    if mapped is None:
        result.reason = "the record is no longer in SYSPRO"
        audit_outcome(ctx, spec, edit, record.key, "failed", result)
        return result
    if _same(new_name, mapped.name):
        return WritebackResult("echo", "the name is the one SYSPRO's fields make", record.key)
    result.reason = (
        f"the item name is made from SYSPRO fields ({mapping.name_template}), not one field "
        f"SYSPRO can be given; it was renamed back to \"{mapped.name}\""
    )
    audit_outcome(ctx, spec, edit, record.key, "failed", result)
    restore_name(ctx, spec, edit, mapped.name,
                 f"The item name is made from SYSPRO fields ({mapping.name_template}) and "
                 f"cannot be changed here; it shows \"{mapped.name}\" again. Change those "
                 "fields in SYSPRO (or their columns on this board), and the next sync "
                 "brings the new name.")
    return result


def current_value(ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping,
                  record_key: str, key: str) -> str | None:
    """SYSPRO's value of one mapped column now ("" when empty), or None if it cannot be read."""
    mapped = _read_mapped(ctx, spec, mapping, record_key)
    if mapped is None:
        return None
    value = mapped.values.get(key)
    return "" if value is None else str(value)


def _read_mapped(ctx: EngineContext, spec: BoardSyncSpec, mapping: BoardMapping,
                 record_key: str, *, quiet: bool = True) -> MappedRecord | None:
    """The record as SYSPRO has it now, mapped; None when it is not there, or (`quiet`)
    cannot be read."""
    try:
        reader = ctx.reader_factory(spec)
        rows = list(reader.read_keys(spec.entity, [split_transaction_id(record_key)]))
    except (SysproError, OSError) as exc:
        if not quiet:
            raise
        log.warning("board sync %s: %s not read from SYSPRO: %s", spec.id, record_key,
                    scrub(str(exc)))
        return None
    return map_record(rows[0], mapping) if rows else None


def _close(writer: ReferenceWriter) -> None:
    try:
        writer.client.close()
    except Exception:  # closing a pool must never hide the outcome
        log.debug("closing the SYSPRO client failed", exc_info=True)
