"""monday tokens as the refresher sees them: read, rotated, given up on, revoked.

Invariants:
- A refresh stores the new access token, the rotated refresh token and the new expiry in one
  UPDATE of one row, so no reader ever sees a new access token with an old refresh token.
- A token whose refresh monday refused is kept, with ``unusable_reason``, and is never handed
  out again; when no usable token of the account is left, every sync of the account says
  "Reconnect monday" (health ``needs_reauth``) and the schedule stops polling it. Saving a new
  token for the account (reinstall, re-authorize) undoes both.
- Refresh tokens of an uninstalled account wait in ``token_revocations`` until the revoke job
  has sent them to monday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.crypto import SecretBox
from store.errors import NotFound
from store.models import BoardSync, MondayToken, TokenRevocation
from store.types import utcnow

RECONNECT_MONDAY = (
    "Reconnect monday: monday no longer accepts the app's authorization for this account (its "
    "refresh token was refused). An account admin must authorize ml-connector again (reinstall "
    "it from the monday marketplace, or open the app's install link); the syncs resume by "
    "themselves afterwards."
)
NEEDS_REAUTH = "needs_reauth"
MAX_REVOKE_ATTEMPTS = 5


class TokenUnusable(NotFound):
    """The account has tokens, but monday refused every one: it must be reconnected."""


@dataclass(frozen=True)
class StoredToken:
    """One token row, decrypted: for building a client, never for output."""

    id: int
    account_id: int
    access_token: str
    refresh_token: str | None
    expires_at: datetime | None

    @property
    def expiring(self) -> bool:
        return self.refresh_token is not None and self.expires_at is not None


def _decrypted(box: SecretBox, row: MondayToken) -> StoredToken:
    assert row.access_token_encrypted is not None
    return StoredToken(
        id=row.id,
        account_id=row.account_id,
        access_token=box.decrypt(row.access_token_encrypted),
        refresh_token=box.decrypt(row.refresh_token_encrypted)
        if row.refresh_token_encrypted else None,
        expires_at=row.expires_at,
    )


def pick_token(
    session: Session, box: SecretBox, account_id: int, monday_user_id: int | None = None
) -> StoredToken:
    """The token a job uses: the user's own when usable, else the account's latest usable one.

    Raises TokenUnusable when every token of the account was refused, NotFound when it has none.
    """
    rows = list(session.scalars(
        sa.select(MondayToken).where(MondayToken.account_id == account_id)
        .order_by(MondayToken.updated_at.desc(), MondayToken.id.desc())
    ))
    usable = [r for r in rows if r.unusable_reason is None]
    if not usable:
        if rows:
            raise TokenUnusable(RECONNECT_MONDAY)
        raise NotFound(f"no monday token stored for account {account_id}")
    own = [r for r in usable if r.monday_user_id == monday_user_id]
    return _decrypted(box, (own or usable)[0])


def load_token(session: Session, box: SecretBox, token_id: int) -> StoredToken:
    """A token row as it is now (re-read after waiting for another refresher)."""
    row = session.get(MondayToken, token_id)
    if row is None:
        raise NotFound(f"monday token {token_id} is gone (the app was uninstalled)")
    if row.unusable_reason is not None:
        raise TokenUnusable(RECONNECT_MONDAY)
    return _decrypted(box, row)


def store_refreshed(
    session: Session, box: SecretBox, token_id: int, access_token: str,
    refresh_token: str | None, expires_at: datetime | None,
) -> None:
    """The rotated pair and its expiry, in one statement. A refresh answer without a refresh
    token keeps the one stored (some servers rotate only sometimes)."""
    values: dict[str, object] = {
        "access_token_encrypted": box.encrypt(access_token),
        "expires_at": expires_at,
        "updated_at": utcnow(),
    }
    if refresh_token:
        values["refresh_token_encrypted"] = box.encrypt(refresh_token)
    session.execute(sa.update(MondayToken).where(MondayToken.id == token_id).values(**values))


def mark_unusable(session: Session, token_id: int, reason: str) -> bool:
    """monday refused this token's refresh. True when the account has no usable token left;
    then every enabled sync of the account says "Reconnect monday"."""
    row = session.get(MondayToken, token_id)
    if row is None:
        return False
    row.unusable_reason = reason[:2000]
    session.flush()
    if reconnect_reason(session, row.account_id) is None:
        return False
    for sync in session.scalars(sa.select(BoardSync).where(
        BoardSync.account_id == row.account_id, BoardSync.enabled.is_(True)
    )):
        sync.health, sync.health_reason = NEEDS_REAUTH, RECONNECT_MONDAY
    session.flush()
    return True


def reconnect_reason(session: Session, account_id: int) -> str | None:
    """What the views show when the account must be reconnected; None when a token works."""
    reasons = list(session.scalars(
        sa.select(MondayToken.unusable_reason).where(MondayToken.account_id == account_id)
    ))
    if reasons and all(r is not None for r in reasons):
        return RECONNECT_MONDAY
    return None


def needs_reconnect(
    account_id_column: sa.ColumnExpressionArgument[int],
) -> sa.ColumnElement[bool]:
    """SQL: the account has tokens and monday refused them all (the schedule skips it)."""
    tokens = sa.select(MondayToken.id).where(MondayToken.account_id == account_id_column)
    usable = tokens.where(MondayToken.unusable_reason.is_(None))
    return sa.and_(tokens.exists(), ~usable.exists())


def resume_after_reconnect(session: Session, account_id: int) -> list[int]:
    """A new token arrived: syncs that were waiting for it are ok and due now. Their ids."""
    resumed = []
    for sync in session.scalars(sa.select(BoardSync).where(
        BoardSync.account_id == account_id, BoardSync.health == NEEDS_REAUTH,
        BoardSync.health_reason == RECONNECT_MONDAY,
    )):
        sync.health, sync.health_reason, sync.next_poll_at = "ok", None, utcnow()
        resumed.append(sync.id)
    session.flush()
    return resumed


# --- revocation after an uninstall -------------------------------------------------------------


def queue_revocations(session: Session, account_id: int) -> int:
    """Keep the account's refresh tokens (still encrypted) for the revoke job. How many."""
    count = 0
    for row in session.scalars(sa.select(MondayToken).where(
        MondayToken.account_id == account_id, MondayToken.refresh_token_encrypted.is_not(None)
    )):
        session.add(TokenRevocation(account_id=account_id,
                                    token_encrypted=row.refresh_token_encrypted))
        count += 1
    session.flush()
    return count


def pending_revocations(
    session: Session, box: SecretBox, account_id: int
) -> list[tuple[int, str, str]]:
    """(id, token, type hint) of what is still to be revoked for the account."""
    rows = session.scalars(sa.select(TokenRevocation).where(
        TokenRevocation.account_id == account_id).order_by(TokenRevocation.id))
    return [(r.id, box.decrypt(r.token_encrypted or ""), r.token_type_hint) for r in rows]


def revocation_sent(session: Session, revocation_id: int) -> None:
    session.execute(sa.delete(TokenRevocation).where(TokenRevocation.id == revocation_id))


def revocation_failed(session: Session, revocation_id: int) -> bool:
    """Count a failed attempt; after MAX_REVOKE_ATTEMPTS the row is dropped. True: dropped."""
    row = session.get(TokenRevocation, revocation_id)
    if row is None:
        return True
    row.attempts += 1
    if row.attempts >= MAX_REVOKE_ATTEMPTS:
        session.delete(row)
        return True
    return False
