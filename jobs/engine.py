"""Wiring the engine to a worker's runtime: which clients, which tokens, where pushes go."""

from __future__ import annotations

from datetime import timedelta

from jobs.account_tokens import AccountTokens
from jobs.metrics import TransportMetrics
from jobs.runtime import Runtime
from monday_api import MondayClient
from store.board_syncs import BoardSyncSpec
from sync.context import EngineContext, engine_settings_from
from sync.sources import build_monday_client, build_reader
from sync.writeback import build_writer
from syspro.readers.base import EntityReader
from syspro.writers import ReferenceWriter


def engine_context(rt: Runtime) -> EngineContext:
    settings = rt.settings

    def reader_for(spec: BoardSyncSpec) -> EntityReader:
        return build_reader(
            spec.connection,
            redis_client=rt.redis,
            cipher=rt.secret_box,
            allow_private_networks=settings.allow_private_networks,
            allow_loopback=settings.allow_loopback,
        )

    tokens = AccountTokens.from_settings(settings, rt.db, rt.secret_box, rt.redis)

    def monday_for(spec: BoardSyncSpec) -> MondayClient:
        # The recipe user's token, else any usable token of the account; an expiring one is
        # refreshed ahead of expiry and after a 401 (jobs/account_tokens.py).
        client = build_monday_client(
            tokens.source_for(spec.account_id, spec.monday_user_id),
            redis_client=rt.redis,
            monday_account_id=spec.monday_account_id,
            api_url=settings.monday_api_url,
            api_version=settings.monday_api_version,
        )
        client.transport.observer = TransportMetrics(rt.redis)  # 429s and pace waits
        return client

    def writer_for(spec: BoardSyncSpec) -> ReferenceWriter:
        return build_writer(
            spec.connection,
            redis_client=rt.redis,
            cipher=rt.secret_box,
            allow_private_networks=settings.allow_private_networks,
            allow_loopback=settings.allow_loopback,
        )

    def enqueue_push(board_sync_id: int, delay: timedelta | None) -> None:
        # Imported here: the push job runs on the context this module builds, so the job
        # module imports this one, not the other way round.
        from jobs.sync_jobs import push_board_sync

        push_board_sync.enqueue_in(rt.redis, delay, board_sync_id)

    return EngineContext(
        db=rt.db,
        redis=rt.redis,
        secret_box=rt.secret_box,
        settings=engine_settings_from(settings.sync_tuning),
        reader_factory=reader_for,
        monday_factory=monday_for,
        enqueue_push=enqueue_push,
        writer_factory=writer_for,
        signing_secret=settings.monday_signing_secret,
        public_base_url=settings.public_base_url,
        monday_client_id=settings.monday_client_id,
        allow_private_networks=settings.allow_private_networks,
        allow_loopback=settings.allow_loopback,
    )
