"""Accounts and their monday tokens. Every query is scoped by account."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.crypto import SecretBox
from store.db import rows_affected
from store.errors import NotFound
from store.models import Account, AuditEvent, BoardSync, MondayToken
from store.tokens import queue_revocations, resume_after_reconnect
from store.types import utcnow


def get_account(session: Session, monday_account_id: int) -> Account:
    account = session.scalar(
        sa.select(Account).where(Account.monday_account_id == monday_account_id)
    )
    if account is None:
        raise NotFound(f"monday account {monday_account_id} is not installed")
    return account


def upsert_account(
    session: Session,
    monday_account_id: int,
    *,
    name: str | None = None,
    slug: str | None = None,
    tier: str | None = None,
) -> Account:
    """Create the account on first sight; refresh its details (and reactivate it) after."""
    account = session.scalar(
        sa.select(Account).where(Account.monday_account_id == monday_account_id)
    )
    if account is None:
        account = Account(monday_account_id=monday_account_id, installed_at=utcnow())
        session.add(account)
    if name is not None:
        account.name = name
    if slug is not None:
        account.slug = slug
    if tier is not None:
        account.tier = tier
    if account.status != "active":
        account.status = "active"
        account.installed_at = utcnow()
        account.uninstalled_at = None
    session.flush()
    return account


def save_token(
    session: Session,
    box: SecretBox,
    account: Account,
    monday_user_id: int,
    access_token: str,
    *,
    kind: str = "oauth",
    scopes: str = "",
    refresh_token: str | None = None,
    expires_at: datetime | None = None,
) -> MondayToken:
    """Store (or replace) one user's token for the account, encrypted. A new token is also a
    reconnect: syncs that waited for one resume."""
    token = session.scalar(
        sa.select(MondayToken).where(
            MondayToken.account_id == account.id,
            MondayToken.monday_user_id == monday_user_id,
            MondayToken.kind == kind,
        )
    )
    if token is None:
        token = MondayToken(account_id=account.id, monday_user_id=monday_user_id, kind=kind)
        session.add(token)
    token.access_token_encrypted = box.encrypt(access_token)
    token.refresh_token_encrypted = box.encrypt(refresh_token) if refresh_token else None
    token.scopes = scopes
    token.expires_at = expires_at
    token.unusable_reason = None
    session.flush()
    resume_after_reconnect(session, account.id)
    return token


def access_token_for(
    session: Session, box: SecretBox, account_id: int, monday_user_id: int | None = None
) -> str:
    """A usable token for the account: the given user's, else the most recently saved one.

    Tokens monday refused (store/tokens.py) are never handed out. An expiring token may be
    past its expiry here: jobs get theirs from the refresher (jobs/account_tokens.py)."""
    query = sa.select(MondayToken).where(
        MondayToken.account_id == account_id, MondayToken.unusable_reason.is_(None)
    )
    if monday_user_id is not None:
        query = query.where(MondayToken.monday_user_id == monday_user_id)
    token = session.scalar(query.order_by(MondayToken.updated_at.desc()).limit(1))
    if token is None or not token.access_token_encrypted:
        raise NotFound(f"no monday token stored for account {account_id}")
    return box.decrypt(token.access_token_encrypted)


# --- install / uninstall ---------------------------------------------------------------------

APP_UNINSTALLED = "app uninstalled"


def find_account(session: Session, monday_account_id: int) -> Account | None:
    return session.scalar(
        sa.select(Account).where(Account.monday_account_id == monday_account_id)
    )


def install_account(
    session: Session,
    monday_account_id: int,
    *,
    name: str | None = None,
    slug: str | None = None,
    tier: str | None = None,
    detail: dict[str, Any] | None = None,
) -> tuple[Account, bool]:
    """Record an install (OAuth, lifecycle event or `account add`). Returns (account, changed).

    A reinstall re-enables exactly the syncs the uninstall disabled. Installing an account that
    is already active only refreshes its details and writes no audit event.
    """
    before = find_account(session, monday_account_id)
    was_active = before is not None and before.status == "active"
    account = upsert_account(session, monday_account_id, name=name, slug=slug, tier=tier)
    if was_active:
        return account, False
    reenabled = []
    for sync in session.scalars(
        sa.select(BoardSync).where(
            BoardSync.account_id == account.id,
            BoardSync.enabled.is_(False),
            BoardSync.health == "disabled",
            BoardSync.health_reason == APP_UNINSTALLED,
        )
    ):
        sync.enabled = True
        sync.health = "ok"
        sync.health_reason = None
        reenabled.append(sync.id)
    session.add(
        AuditEvent(
            account_id=account.id,
            action="account_installed",
            detail={**(detail or {}), "reinstall": before is not None, "reenabled": reenabled},
        )
    )
    session.flush()
    return account, True


def uninstall_account(
    session: Session, monday_account_id: int, *, detail: dict[str, Any] | None = None
) -> Account | None:
    """Stop everything for the account and forget its tokens; rows and audit stay.

    Returns None for an account we never saw. Repeating it changes nothing more.
    """
    account = find_account(session, monday_account_id)
    if account is None:
        return None
    disabled = []
    for sync in session.scalars(
        sa.select(BoardSync).where(
            BoardSync.account_id == account.id, BoardSync.enabled.is_(True)
        )
    ):
        sync.enabled = False
        sync.health = "disabled"
        sync.health_reason = APP_UNINSTALLED
        disabled.append(sync.id)
    # monday is told to revoke the refresh tokens afterwards, by a job (jobs/token_jobs.py).
    revocations = queue_revocations(session, account.id)
    tokens = rows_affected(
        session, sa.delete(MondayToken).where(MondayToken.account_id == account.id)
    )
    if account.status != "uninstalled":
        account.status = "uninstalled"
        account.uninstalled_at = utcnow()
        session.add(
            AuditEvent(
                account_id=account.id,
                action="account_uninstalled",
                detail={**(detail or {}), "disabled": disabled, "tokens_deleted": tokens,
                        "revocations_queued": revocations},
            )
        )
    session.flush()
    session.expire(account, ["tokens"])
    return account


def has_token(session: Session, account_id: int) -> bool:
    return (
        session.scalar(
            sa.select(MondayToken.id).where(MondayToken.account_id == account_id).limit(1)
        )
        is not None
    )


def account_by_id(session: Session, account_id: int) -> Account | None:
    return session.get(Account, account_id)


def resolve_account(session: Session, monday_account_id: int | None) -> Account:
    """The account a command acts for: the one named, else the only one there is."""
    if monday_account_id is not None:
        return get_account(session, monday_account_id)
    accounts = list(session.scalars(sa.select(Account).where(Account.status == "active")))
    if not accounts:
        raise NotFound(
            "no monday account is connected: install the app, or run `ml-connector account add`"
        )
    if len(accounts) > 1:
        ids = ", ".join(str(a.monday_account_id) for a in accounts)
        raise NotFound(f"several monday accounts are connected ({ids}): pass --account")
    return accounts[0]


def install_with_token(
    session: Session,
    box: SecretBox,
    *,
    monday_account_id: int,
    monday_user_id: int,
    token: str,
    kind: str,
    name: str | None = None,
    slug: str | None = None,
    tier: str | None = None,
    scopes: str = "",
    refresh_token: str | None = None,
    expires_at: datetime | None = None,
) -> Account:
    """An install that brought a token (OAuth callback, `account add`): both in one step.
    An OAuth 2.1 token comes with its refresh token and expiry."""
    account, _ = install_account(
        session, monday_account_id, name=name, slug=slug, tier=tier,
        detail={"via": kind, "monday_user_id": monday_user_id},
    )
    save_token(session, box, account, monday_user_id, token, kind=kind, scopes=scopes,
               refresh_token=refresh_token, expires_at=expires_at)
    return account
