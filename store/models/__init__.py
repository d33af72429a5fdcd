"""All models, importable from one place (Alembic and the rotation command need them all)."""

from store.models.account import Account, MondayToken, TokenRevocation
from store.models.audit import ACTIONS, AuditEvent, AuditEventImmutable
from store.models.base import Base
from store.models.connection import SysproConnection
from store.models.ingest import INGEST_STATES, IngestJob
from store.models.sync_state import (
    CAPACITY_POLICIES,
    DEFAULT_ARCHIVE_AFTER_DAYS,
    DEFAULT_CAPACITY_POLICY,
    ENTITIES,
    LOOKUP_ENTITIES,
    MODES,
    RECORD_STATES,
    BoardSync,
    PollRun,
    ProcessedDelivery,
    SyncRecord,
    TriggerSubscription,
)

__all__ = [
    "ACTIONS",
    "CAPACITY_POLICIES",
    "DEFAULT_ARCHIVE_AFTER_DAYS",
    "DEFAULT_CAPACITY_POLICY",
    "ENTITIES",
    "INGEST_STATES",
    "LOOKUP_ENTITIES",
    "MODES",
    "RECORD_STATES",
    "Account",
    "AuditEvent",
    "AuditEventImmutable",
    "Base",
    "BoardSync",
    "IngestJob",
    "MondayToken",
    "PollRun",
    "ProcessedDelivery",
    "SyncRecord",
    "SysproConnection",
    "TokenRevocation",
    "TriggerSubscription",
]
