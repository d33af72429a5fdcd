"""Many items written in few requests: rows sent as aliased mutations, sized to the free
slots of the board's window, each answer turned into one WriteResult per row."""

from __future__ import annotations

from typing import Any, Protocol

from monday_api import queries
from monday_api.classify import batch_refusal
from monday_api.errors import BoardFullError, ErrorAction, MondayError, RecordError
from monday_api.keys import idempotency_key
from monday_api.models import WriteResult
from monday_api.pacing import RedisPacer
from monday_api.transport import GraphQLResult


class Mutate(Protocol):
    """MondayClient._mutate: one paced mutation request for a board."""

    def __call__(self, operation: str, query: str, variables: dict[str, Any], *,
                 board_id: str | int | None, count: int = 1, key: str | None = None,
                 allow_record_errors: bool = False) -> GraphQLResult: ...


def write_batched(mutate: Mutate, pacer: RedisPacer | None,
                  mutation: queries.AliasedMutation, board_id: str | int,
                  payload: list[dict[str, Any]], keys: list[str | None], batch_size: int,
                  create_labels_if_missing: bool,
                  shared: dict[str, Any] | None = None) -> list[WriteResult]:
    """Send `payload` as aliased mutations, as many per request as the board's window has
    free (never more than one window's worth); one WriteResult per row, in order. A request
    monday refuses as a whole answers each of its rows with `refused`."""
    if pacer is not None:
        # A batch may never ask for more than one window's worth of mutations.
        batch_size = min(batch_size, pacer.settings.board_mutations_per_minute)
    results: list[WriteResult] = []
    if shared is None:
        shared = {"board_id": str(board_id),
                  "create_labels_if_missing": create_labels_if_missing}
    start = 0
    while start < len(payload):
        size = min(batch_size, len(payload) - start)
        if pacer is not None:  # as many as the board's window has free now
            size = pacer.board_batch_size(board_id, size)
        first, start = start, start + size
        chunk, chunk_keys = payload[first:start], keys[first:start]
        try:
            results += _write_chunk(mutate, mutation, board_id, shared, chunk, chunk_keys,
                                         first)
        except MondayError as exc:
            if not batch_refusal(exc):
                raise
            # Refused as a whole: the caller may split the chunk to find the culprit.
            results += [WriteResult(index=first + offset, refused=exc)
                        for offset in range(len(chunk))]
    return results

def _write_chunk(mutate: Mutate, mutation: queries.AliasedMutation, board_id: str | int,
                 shared: dict[str, Any], chunk: list[dict[str, Any]],
                 chunk_keys: list[str | None], start: int) -> list[WriteResult]:
    variables = mutation.variables(shared, chunk)
    # Callers' own per-record keys, when given, make the batch key; else its content.
    key = idempotency_key(mutation.name, {"keys": chunk_keys}) if all(chunk_keys) else None
    result = mutate(mutation.name, mutation.document(len(chunk)), variables,
                          board_id=board_id, count=len(chunk), key=key,
                          allow_record_errors=True)
    aliases = [f"{queries.ALIAS_PREFIX}{offset}" for offset in range(len(chunk))]
    pathless = result.record_errors.get("")
    full = pathless is not None and pathless.action == ErrorAction.BOARD_FULL
    if pathless is not None and not full and all(result.data.get(a) is None for a in aliases):
        # An error for the request as a whole and nothing written: no record is known to
        # be at fault, so the request counts as refused (the caller may split it).
        raise RecordError(pathless)
    results = []
    for offset, alias in enumerate(aliases):
        outcome = WriteResult(index=start + offset, replayed=result.replayed)
        raw = result.data.get(alias)
        if alias in result.record_errors or raw is None:
            details = result.record_errors.get(alias) or pathless
            if details is not None:
                # A full board answers each create: the caller applies its policy.
                outcome.error = (BoardFullError(details)
                                 if details.action == ErrorAction.BOARD_FULL
                                 else RecordError(details))
        else:
            outcome.item_id, outcome.name = raw["id"], raw.get("name")
        results.append(outcome)
    return results
