"""A customer's SYSPRO server, as entered in the settings view."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from store.models.base import Base, Timestamps, encrypted_column

DEFAULT_REST_BASE_PATH = "/SYSPROWCFService/Rest"


class SysproConnection(Timestamps, Base):
    __tablename__ = "syspro_connections"
    __table_args__ = (
        sa.UniqueConstraint("account_id", "name"),
        # At most one default per account (store/connection_choice.py keeps exactly one).
        sa.Index("uq_syspro_connections_default", "account_id", unique=True,
                 sqlite_where=sa.text("is_default"), postgresql_where=sa.text("is_default")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(100))
    # Full URL with scheme and port: SYSPRO is on the customer's own server, never shared.
    server_url: Mapped[str] = mapped_column(sa.String(500))
    rest_base_path: Mapped[str] = mapped_column(sa.String(200), default=DEFAULT_REST_BASE_PATH)
    operator: Mapped[str] = mapped_column(sa.String(100))
    operator_password_encrypted: Mapped[str | None] = encrypted_column()
    company_id: Mapped[str] = mapped_column(sa.String(50))
    company_password_encrypted: Mapped[str | None] = encrypted_column()
    odata_url: Mapped[str | None] = mapped_column(sa.String(500))
    odata_user: Mapped[str | None] = mapped_column(sa.String(100))
    odata_password_encrypted: Mapped[str | None] = encrypted_column()
    # What the customer chose to sync and write back (syspro/connection_schema.py
    # SYNC_CHOICES keys); None means everything, which is what connections made before the
    # choice was kept have.
    sync_entities: Mapped[list[str] | None] = mapped_column(sa.JSON)
    poll_interval_minutes: Mapped[int] = mapped_column(default=15)
    verify_tls: Mapped[bool] = mapped_column(default=True)
    ca_bundle_pem: Mapped[str | None] = mapped_column(sa.Text)
    timeout_seconds: Mapped[float] = mapped_column(default=30.0)
    # Settings for facts the SYSPRO fact sheet marks uncertain, kept per connection.
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Secret part of the "sync now" URL a SYSPRO trigger program can call; rotatable.
    sync_url_token_encrypted: Mapped[str | None] = encrypted_column()
    last_tested_at: Mapped[datetime | None]
    last_test_ok: Mapped[bool | None]
    last_test_report: Mapped[dict[str, Any] | None]
    # The connection an automation uses when the account has several and it names none.
    is_default: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
