"""The schedule: due syncs get exactly one queued poll; downtime does not pile polls up."""

from __future__ import annotations

from datetime import timedelta

import pytest
import redis
from rq import Queue

from config.settings import Settings
from jobs.declare import QUEUE_NAME
from jobs.runtime import Runtime, set_runtime
from jobs.schedule import enqueue_due_polls
from jobs.sync_jobs import poll_board_sync
from store.board_syncs import advance_schedule, create_board_sync, first_poll_at
from store.connections import create_connection
from store.crypto import SecretBox
from store.errors import ValidationError
from store.migrate import upgrade
from store.models import Account, BoardSync
from store.types import utcnow


@pytest.fixture
def rt(app_config):
    upgrade(app_config["DATABASE_URL"])
    runtime = Runtime(Settings.from_env(app_config))
    set_runtime(runtime)
    yield runtime
    set_runtime(None)
    runtime.db.dispose()


def _make_syncs(rt: Runtime, count: int, due: bool = True) -> list[int]:
    box = SecretBox(rt.settings.encryption_keys)
    with rt.db.session() as s:
        account = Account(monday_account_id=42)
        s.add(account)
        s.flush()
        conn = create_connection(
            s,
            box,
            account.id,
            {"name": "c", "server_url": "http://h.example.com:90", "operator": "A",
             "company_id": "D"},
        )
        ids = []
        for n in range(count):
            sync = create_board_sync(
                s,
                account.id,
                {"connection_id": conn.id, "board_id": str(1000 + n), "entity": "suppliers"},
            )
            if due:
                sync.next_poll_at = utcnow() - timedelta(minutes=1)
            ids.append(sync.id)
    return ids


def test_due_syncs_get_one_poll_each_and_never_two(rt: Runtime) -> None:
    ids = _make_syncs(rt, 3)
    assert enqueue_due_polls() == 3
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert sorted(queue.job_ids) == sorted(poll_board_sync.job_id(i) for i in ids)
    # Force them due again while the first polls still wait: nothing is doubled.
    with rt.db.session() as s:
        for sync in s.query(BoardSync):
            sync.next_poll_at = utcnow() - timedelta(seconds=1)
    assert enqueue_due_polls() == 0
    assert len(queue.job_ids) == 3


def test_a_finished_poll_makes_room_for_the_next(rt: Runtime) -> None:
    (sync_id,) = _make_syncs(rt, 1)
    enqueue_due_polls()
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    job = queue.fetch_job(poll_board_sync.job_id(sync_id))
    queue.remove(job)
    job.set_status("failed")
    with rt.db.session() as s:
        s.get(BoardSync, sync_id).next_poll_at = utcnow() - timedelta(seconds=1)
    assert enqueue_due_polls() == 1


def test_not_yet_due_syncs_wait(rt: Runtime) -> None:
    _make_syncs(rt, 2, due=False)
    with rt.db.session() as s:
        for sync in s.query(BoardSync):
            sync.next_poll_at = utcnow() + timedelta(minutes=3)
    assert enqueue_due_polls() == 0


def test_downtime_does_not_pile_up_and_keeps_the_phase() -> None:
    now = utcnow()
    sync = BoardSync(interval_minutes=15, next_poll_at=now - timedelta(hours=5, minutes=7))
    nxt = advance_schedule(sync, now)
    assert now < nxt <= now + timedelta(minutes=15)
    assert (nxt - (now - timedelta(hours=5, minutes=7))) % timedelta(minutes=15) == timedelta(0)


def test_first_polls_are_spread_over_the_interval() -> None:
    now = utcnow()
    offsets = {first_poll_at(i, str(5000 + i), 15, now) - now for i in range(50)}
    assert len(offsets) > 40
    assert all(timedelta(0) <= o < timedelta(minutes=15) for o in offsets)


@pytest.mark.parametrize("interval", [4, 61, "x"])
def test_intervals_outside_5_to_60_are_refused(rt: Runtime, interval) -> None:
    _make_syncs(rt, 1)
    with pytest.raises(ValidationError, match="interval_minutes"), rt.db.session() as s:
        create_board_sync(
            s, 1, {"connection_id": 1, "board_id": "77", "entity": "customers",
                   "interval_minutes": interval},
        )


def test_a_sped_up_clock_shortens_the_interval() -> None:
    now = utcnow()
    sync = BoardSync(interval_minutes=5, next_poll_at=now - timedelta(seconds=1))
    nxt = advance_schedule(sync, now, speed=60)
    assert now < nxt <= now + timedelta(seconds=5)


def test_a_dead_workers_poll_record_blocks_no_sync(rt: Runtime) -> None:
    """The record a SIGKILLed worker leaves (see test_abandoned_jobs) sits under the sync the
    schedule meets first: every due sync still gets its poll."""
    from tests.jobs.test_abandoned_jobs import fabricate_abandoned

    ids = _make_syncs(rt, 3)
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    fabricate_abandoned(queue, poll_board_sync.job_id(ids[0]), failed=True)
    assert enqueue_due_polls() == 3
    assert sorted(queue.job_ids) == sorted(poll_board_sync.job_id(i) for i in ids)


def test_one_failing_sync_does_not_stop_the_others(rt: Runtime, monkeypatch, caplog) -> None:
    ids = _make_syncs(rt, 4)
    broken = ids[1]
    real = poll_board_sync.enqueue

    def enqueue_poll(connection: redis.Redis, board_sync_id: int) -> bool:
        if board_sync_id == broken:
            raise RuntimeError("odd job record")
        return real(connection, board_sync_id)

    monkeypatch.setattr(poll_board_sync, "enqueue", enqueue_poll)
    before = utcnow()
    assert enqueue_due_polls() == 3
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert sorted(queue.job_ids) == sorted(poll_board_sync.job_id(i) for i in ids if i != broken)
    assert f"board sync {broken}: poll not enqueued" in caplog.text
    with rt.db.session() as s:
        retry_at = s.get(BoardSync, broken).next_poll_at
        others = [s.get(BoardSync, i).next_poll_at for i in ids if i != broken]
    # The broken one is tried again in a minute; the others moved on by a whole interval.
    assert before < retry_at <= utcnow() + timedelta(minutes=1)
    assert all(nxt > utcnow() + timedelta(minutes=5) for nxt in others)


def test_one_tick_reaches_every_due_sync_a_batch_at_a_time(rt: Runtime) -> None:
    ids = _make_syncs(rt, 7)
    assert enqueue_due_polls(batch_size=3) == 7
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert sorted(queue.job_ids) == sorted(poll_board_sync.job_id(i) for i in ids)
    with rt.db.session() as s:
        assert all(sync.next_poll_at > utcnow() for sync in s.query(BoardSync))


def test_a_tick_out_of_time_leaves_the_rest_to_the_next(rt: Runtime, monkeypatch) -> None:
    import jobs.schedule as schedule

    ids = _make_syncs(rt, 7)
    with rt.db.session() as s:  # due longest first: the order the ticks should take them in
        for age, sync_id in enumerate(reversed(ids)):
            s.get(BoardSync, sync_id).next_poll_at = utcnow() - timedelta(minutes=1 + age)
    monkeypatch.setattr(schedule, "TICK_BUDGET", timedelta(0))
    assert enqueue_due_polls(batch_size=3) == 3  # one batch, then the budget is spent
    queue = Queue(QUEUE_NAME, connection=rt.redis)
    assert sorted(queue.job_ids) == sorted(poll_board_sync.job_id(i) for i in ids[:3])
    assert enqueue_due_polls(batch_size=3) == 3
    assert enqueue_due_polls(batch_size=3) == 1
    assert enqueue_due_polls(batch_size=3) == 0
