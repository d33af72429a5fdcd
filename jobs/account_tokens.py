"""The one place that hands out a usable monday access token for an account.

Classic tokens (legacy OAuth, personal tokens) are handed out as they are. An expiring token
(OAuth 2.1: it has a refresh token and an expiry) is refreshed when it is within
MONDAY_TOKEN_REFRESH_MARGIN_SECONDS of expiring, and once more when monday answers 401.

Invariants:
- One refresh per token at a time: a Redis lock per token row; whoever waited re-reads the row
  and uses the token the other one stored, so a rotating refresh token is spent once.
- The rotated pair is stored in one transaction right after monday answers, before anything
  uses it; a failing store is tried again with the pair still in memory.
- A crash between monday's answer and that commit loses the rotated pair, and the stored
  refresh token is spent. Recovery, in order: the stored refresh token is tried again (monday
  may allow a reuse within a grace period: [U]); while that is refused the stored access token
  is used until it expires (refreshes happen a margin ahead, so it still works for up to that
  margin); after that the account is in "Reconnect monday" (store/tokens.py) until an admin
  authorizes the app again.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from redis import Redis
from redis.exceptions import LockError

from config.settings import Settings
from monday_api.errors import (
    ErrorAction,
    ErrorDetails,
    MondayUnavailable,
    ReconnectRequired,
)
from monday_api.tokens import (
    OAuthEndpoints,
    RefreshFailed,
    RefreshRefused,
    StaticToken,
    TokenGrant,
    TokenSource,
)
from store.crypto import SecretBox
from store.db import Database
from store.tokens import (
    RECONNECT_MONDAY,
    StoredToken,
    TokenUnusable,
    load_token,
    mark_unusable,
    pick_token,
    store_refreshed,
)
from store.types import utcnow

log = logging.getLogger(__name__)
STORE_ATTEMPTS = 3


def _details(message: str, action: ErrorAction) -> ErrorDetails:
    return ErrorDetails(action=action, operation="token refresh", message=message)


def reconnect_error() -> ReconnectRequired:
    return ReconnectRequired(_details(RECONNECT_MONDAY, ErrorAction.REAUTHENTICATE))


@dataclass
class AccountTokens:
    db: Database
    box: SecretBox
    endpoints: OAuthEndpoints
    redis: Redis | None = None
    margin: timedelta = timedelta(minutes=5)
    default_lifetime: int = 3600
    clock: Callable[[], datetime] = utcnow
    lock_seconds: float = 30.0
    # Tokens whose refresh monday refused while their access token still works: not asked
    # again (in this process) before that access token expires.
    _refused: dict[int, datetime] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings, db: Database, box: SecretBox,
                      redis_client: Redis | None) -> AccountTokens:
        endpoints = OAuthEndpoints(
            settings.monday_auth_url, settings.monday_client_id, settings.monday_client_secret,
            settings.monday_oauth_refresh_path, settings.monday_oauth_revoke_path,
        )
        return cls(db, box, endpoints, redis_client,
                   timedelta(seconds=settings.monday_token_refresh_margin_seconds),
                   settings.monday_token_default_lifetime_seconds)

    def source_for(self, account_id: int, monday_user_id: int | None = None) -> TokenSource:
        """The account's token for a client. Raises ReconnectRequired when monday refused
        every token of the account, store NotFound when it has none."""
        try:
            with self.db.session() as session:
                token = pick_token(session, self.box, account_id, monday_user_id)
        except TokenUnusable:
            raise reconnect_error() from None
        if not token.expiring:
            return StaticToken(token.access_token)
        return RefreshingToken(self, token)

    # -- refreshing --------------------------------------------------------------------
    def due(self, token: StoredToken) -> bool:
        assert token.expires_at is not None
        return token.expires_at - self.margin <= self.clock()

    def usable(self, token: StoredToken, rejected: str | None = None) -> StoredToken:
        """``token`` if it is fine, else a refreshed one. ``rejected``: monday refused this
        access token (401), so it is replaced whatever its expiry says."""
        if rejected is None and not self.due(token):
            return token
        with self._lock(token.id):
            current = self._reload(token.id)  # another worker may have refreshed meanwhile
            if rejected is None and not self.due(current):
                return current
            if rejected is not None and current.access_token != rejected:
                return current
            return self._refresh(current, still_valid=rejected is None)

    def _refresh(self, current: StoredToken, *, still_valid: bool) -> StoredToken:
        assert current.refresh_token is not None and current.expires_at is not None
        working = still_valid and current.expires_at > self.clock()
        if working and self._refused.get(current.id) == current.expires_at:
            return current
        try:
            grant = self.endpoints.refresh(current.refresh_token)
        except RefreshRefused as exc:
            if working:
                # Likely a refresh whose answer was lost (a crash before the store): use the
                # access token while it lasts; it is given up on when it has expired.
                log.warning("monday token %s: %s; the access token works until %s, then the "
                            "account must be reconnected", current.id, exc, current.expires_at)
                self._refused[current.id] = current.expires_at
                return current
            with self.db.session() as session:
                mark_unusable(session, current.id, str(exc))
            log.warning("monday token %s: %s; the account must be reconnected", current.id, exc)
            raise reconnect_error() from None
        except RefreshFailed as exc:
            if working:
                log.warning("monday token %s: refresh failed (%s); trying again later",
                            current.id, exc)
                return current
            raise MondayUnavailable(_details(str(exc), ErrorAction.RETRY)) from None
        return self._store(current, grant)

    def _store(self, current: StoredToken, grant: TokenGrant) -> StoredToken:
        """Commit the rotated pair; tried again while this process still holds it."""
        expires_at = grant.expires_at(self.clock(), self.default_lifetime)
        for attempt in range(1, STORE_ATTEMPTS + 1):
            try:
                with self.db.session() as session:
                    store_refreshed(session, self.box, current.id, grant.access_token,
                                    grant.refresh_token, expires_at)
                break
            except Exception:
                if attempt == STORE_ATTEMPTS:
                    raise
                log.exception("monday token %s: storing the refreshed token failed; again",
                              current.id)
                time.sleep(0.1 * attempt)
        self._refused.pop(current.id, None)
        log.info("monday token %s refreshed; expires at %s", current.id, expires_at)
        return StoredToken(current.id, current.account_id, grant.access_token,
                           grant.refresh_token or current.refresh_token, expires_at)

    def _reload(self, token_id: int) -> StoredToken:
        try:
            with self.db.session() as session:
                return load_token(session, self.box, token_id)
        except TokenUnusable:
            raise reconnect_error() from None

    @contextlib.contextmanager
    def _lock(self, token_id: int) -> Iterator[None]:
        if self.redis is None:
            yield
            return
        lock = self.redis.lock(f"monday-token-refresh:{token_id}", timeout=self.lock_seconds,
                               blocking_timeout=self.lock_seconds)
        if not lock.acquire():
            raise MondayUnavailable(_details("another worker is still refreshing the token",
                                             ErrorAction.RETRY))
        try:
            yield
        finally:
            with contextlib.suppress(LockError):
                lock.release()


class RefreshingToken:
    """A TokenSource over one stored expiring token."""

    def __init__(self, tokens: AccountTokens, token: StoredToken) -> None:
        self._tokens = tokens
        self._token = token

    def current(self) -> str:
        self._token = self._tokens.usable(self._token)
        return self._token.access_token

    def renew(self, rejected: str) -> str | None:
        self._token = self._tokens.usable(self._token, rejected=rejected)
        return self._token.access_token
