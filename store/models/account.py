"""monday accounts and their API tokens."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from store.models.base import Base, Timestamps, encrypted_column


class Account(Timestamps, Base):
    """A monday account that installed the app. Every tenant-owned row points here."""

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    monday_account_id: Mapped[int] = mapped_column(sa.BigInteger, unique=True)
    name: Mapped[str] = mapped_column(sa.String(255), default="")
    slug: Mapped[str] = mapped_column(sa.String(255), default="")
    tier: Mapped[str | None] = mapped_column(sa.String(64))
    # active | uninstalled: an uninstall keeps the row (and its audit) but stops its syncs.
    status: Mapped[str] = mapped_column(sa.String(20), default="active")
    installed_at: Mapped[datetime | None]
    uninstalled_at: Mapped[datetime | None]
    # Optional: health alerts are also POSTed here (`ml-connector account alerts`).
    alert_webhook_url: Mapped[str | None] = mapped_column(sa.String(500))

    tokens: Mapped[list[MondayToken]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class MondayToken(Timestamps, Base):
    """An API token for one user of one account (OAuth or a personal token), encrypted."""

    __tablename__ = "monday_tokens"
    __table_args__ = (sa.UniqueConstraint("account_id", "monday_user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    monday_user_id: Mapped[int] = mapped_column(sa.BigInteger)
    kind: Mapped[str] = mapped_column(sa.String(20), default="oauth")  # oauth | personal
    access_token_encrypted: Mapped[str | None] = encrypted_column(nullable=False)
    refresh_token_encrypted: Mapped[str | None] = encrypted_column()
    scopes: Mapped[str] = mapped_column(sa.Text, default="")
    expires_at: Mapped[datetime | None]

    account: Mapped[Account] = relationship(back_populates="tokens")
    # Why this token no longer works (monday refused its refresh token): the account's admin
    # must re-authorize. NULL: usable. Saving a new token for the user clears it.
    unusable_reason: Mapped[str | None] = mapped_column(sa.Text)


class TokenRevocation(Timestamps, Base):
    """A refresh token to revoke at monday, kept from an uninstall until the revoke job has
    sent it (so the uninstall answers at once and a crash loses no revocation)."""

    __tablename__ = "token_revocations"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        sa.ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    token_encrypted: Mapped[str | None] = encrypted_column(nullable=False)
    token_type_hint: Mapped[str] = mapped_column(sa.String(20), default="refresh_token")
    attempts: Mapped[int] = mapped_column(default=0)
