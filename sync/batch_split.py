"""Split a batch monday refused as a whole until the records at fault stand alone.

monday sometimes refuses a whole aliased request (HTTP 500 after the client's retries, or a
request-level GraphQL error) although only one of its records is at fault: the answer names
no record. The batch is halved, and halved again, down to single records: the culprits fail
alone with monday's own reason and every other record lands in the same run.

An outage looks the same from one request, so a 5xx or no answer is only blamed on records
while monday is otherwise up:

* when a request is refused that way, monday is asked a cheap read (`ping`), unless it answered
  one already and nothing was accepted since; if the read fails too, monday is down: the split
  stops and :class:`MondayUnavailable` is raised;
* if the split ends with nothing accepted and every record refused with a 5xx, monday answers
  reads but refuses every write: an outage as well, and no record is blamed.

Records only ever enter one request at a time, each request carrying an Idempotency-Key made
from its own records (the client's batch key), and the halves are the same for the same batch:
a push killed mid-split and run again sends the same halves with the same keys, and monday
replays what it already did. Before a create is split, `recheck` looks the refused records up
on the board, so a request monday partly carried out before failing does not create twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic, TypeVar

from monday_api.classify import server_side
from monday_api.errors import ErrorAction, MondayError, MondayUnavailable, RecordError
from monday_api.models import WriteResult

Row = TypeVar("Row")
# Send these rows in one request; one WriteResult per row, in order.
Write = Callable[[list[Row]], list[WriteResult]]
# Rows refused with a 5xx that monday nevertheless wrote: {position in the group: item id}.
Recheck = Callable[[list[Row]], dict[int, str]]


@dataclass
class _Split(Generic[Row]):
    rows: Sequence[Row]
    write: Write[Row]
    ping: Callable[[], None]
    recheck: Recheck[Row] | None
    outcomes: dict[int, WriteResult] = field(default_factory=dict)
    suspects: dict[int, MondayError] = field(default_factory=dict)  # 5xx on a single record
    accepted: int = 0  # requests monday answered (written, or refused record by record)
    requests: int = 0
    pinged_at: int | None = None  # `accepted` when monday last answered the read

    def send(self, positions: list[int]) -> None:
        self.requests += 1
        results = self.write([self.rows[p] for p in positions])
        refused: list[int] = []
        error: MondayError | None = None
        for position, result in zip(positions, results, strict=True):
            if result.refused is None:
                self.outcomes[position] = replace(result, index=position)
            else:
                refused.append(position)
                error = result.refused
        if len(refused) < len(positions):
            self.accepted += 1
        if error is not None:
            self.resolve(refused, error)

    def resolve(self, positions: list[int], error: MondayError) -> None:
        if server_side(error):
            self.check_monday_is_up(error)
            positions = self.drop_written(positions)
            if not positions:
                return
        if len(positions) == 1:
            self.blame(positions[0], error)
            return
        middle = (len(positions) + 1) // 2
        self.send(positions[:middle])
        self.send(positions[middle:])

    def check_monday_is_up(self, error: MondayError) -> None:
        if self.pinged_at is not None and self.accepted == self.pinged_at:
            # Nothing accepted since monday last answered the read: asking again tells nothing
            # new (and `finish` still catches monday refusing every write).
            return
        try:
            self.ping()
        except MondayError as exc:
            raise MondayUnavailable(exc.details, [*error.history, *exc.history]) from error
        self.pinged_at = self.accepted

    def drop_written(self, positions: list[int]) -> list[int]:
        """Refused with a 5xx yet written (monday failed half-way)? Then do not write again."""
        if self.recheck is None:
            return positions
        found = self.recheck([self.rows[p] for p in positions])
        for offset, item_id in found.items():
            self.outcomes[positions[offset]] = WriteResult(index=positions[offset],
                                                           item_id=item_id)
        return [p for offset, p in enumerate(positions) if offset not in found]

    def blame(self, position: int, error: MondayError) -> None:
        if server_side(error):
            self.suspects[position] = error  # decided once the whole batch is through
            return
        details = replace(error.details, action=ErrorAction.FAIL_RECORD)
        self.outcomes[position] = WriteResult(index=position,
                                              error=RecordError(details, error.history))

    def finish(self) -> list[WriteResult]:
        if self.suspects and not self.accepted and len(self.suspects) > 1:
            # Every record alone refused with a 5xx and not one request accepted: monday is
            # refusing writes, whatever the records hold. Nobody is blamed.
            first = next(iter(self.suspects.values()))
            raise MondayUnavailable(first.details, first.history)
        for position, error in self.suspects.items():
            details = replace(error.details, action=ErrorAction.FAIL_RECORD)
            self.outcomes[position] = WriteResult(index=position,
                                                  error=RecordError(details, error.history))
        return [self.outcomes[p] for p in range(len(self.rows))]


def write_splitting(
    rows: Sequence[Row],
    write: Write[Row],
    ping: Callable[[], None],
    recheck: Recheck[Row] | None = None,
) -> tuple[list[WriteResult], int]:
    """Write `rows`, splitting whatever monday refuses as a whole.

    Returns one WriteResult per row (written, or failed with monday's reason) and the number
    of requests sent. Raises :class:`MondayUnavailable` when monday is down.
    """
    split: _Split[Row] = _Split(rows, write, ping, recheck)
    try:
        if rows:
            split.send(list(range(len(rows))))
        return split.finish(), split.requests
    except MondayUnavailable as exc:
        # Keep what monday accepted before it went down: those items exist now.
        exc.partial = dict(split.outcomes)
        raise
