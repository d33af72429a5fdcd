"""Records SYSPRO no longer returns: their items are marked "Removed in SYSPRO", never deleted.

A poll that read a whole table (or was told which keys left it) and the nightly compare both
stage the mark here: the record's last values with the removed label, and pending_state
"vanished", so the push stores the record as vanished once monday has the mark.
"""

from __future__ import annotations

from typing import Any

from store import staging
from sync.mapping import BoardMapping, content_hash, vanished_values

Candidates = list[tuple[str, dict[str, Any] | None]]
NOTE = "This record is no longer returned by SYSPRO; the item is kept and marked."


class VanishGuardError(RuntimeError):
    """A full re-read would mark too many records removed: likely a permissions change."""


def too_many_gone(gone: int, total: int, max_ratio: float) -> bool:
    """Operator restrictions silently drop rows: never mark half a board on a bad read."""
    return gone > max_ratio * max(total, 1)


def mark_removed(session: Any, board_sync_id: int, mapping: BoardMapping,
                 candidates: Candidates) -> int:
    """Stage "Removed in SYSPRO" on each record's item (kept, never deleted); how many."""
    for key, synced in candidates:
        values = vanished_values(synced or {}, mapping)
        name = str(values.get("name") or key)
        staging.mark_vanished(
            session, board_sync_id, key, name, values, content_hash(name, values), NOTE
        )
    return len(candidates)


def mark_removed_guarded(session: Any, board_sync_id: int, mapping: BoardMapping,
                         candidates: Candidates, *, total: int, max_ratio: float) -> int:
    """mark_removed, unless so many are gone that the read itself is suspect: then nothing is
    marked and the poll fails with a reason a person can act on."""
    if not candidates:
        return 0
    if too_many_gone(len(candidates), total, max_ratio):
        raise VanishGuardError(
            f"SYSPRO stopped returning {len(candidates)} of {total} {mapping.entity}; nothing "
            "was marked removed. Check the operator's access to the table, then poll again."
        )
    return mark_removed(session, board_sync_id, mapping, candidates)
