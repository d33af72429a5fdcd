"""OAuth 2.1 grants as monday's newer flow hands them out (FACTS §7): expiring access tokens and
rotating refresh tokens, with revocation.

- Every grant issues an access token that expires ``access_token_lifetime`` sandbox seconds
  later (monday's lifetimes are [U]); after that the API answers 401 for it. ``expires_in`` is
  given in real seconds, like every wait the sandbox names, so a client on a sped-up clock
  refreshes at the right moment.
- A refresh spends the refresh token and returns a new pair. A spent refresh token presented
  again is refused (``invalid_grant``), as rotation implies, unless it comes back within
  ``refresh_reuse_grace`` sandbox seconds: then the pair it was rotated into is answered again
  (how monday treats a reuse is [U]; the grace models providers that allow one).
- Revoking a refresh token ends its access token too; revoking an access token ends only it.
  Revocation answers 200 whatever the token (RFC 7009).

Every issue, refresh, refusal and revocation is logged (without the token values) for tests.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from sandbox.monday.clock import SandboxClock
from sandbox.monday.state import Caller, SandboxState


@dataclass
class RefreshGrant:
    caller: Caller
    scope: str
    access_token: str
    spent_at: float | None = None
    successor: dict[str, Any] | None = None  # the answer its refresh gave


class GrantRefused(Exception):
    """The token endpoint answers 400 ``invalid_grant`` with this description."""


@dataclass
class OAuthGrants:
    state: SandboxState
    clock: SandboxClock
    access_token_lifetime: float = 3600.0
    refresh_reuse_grace: float = 0.0
    send_expires_in: bool = True
    expiry: dict[str, float] = field(default_factory=dict)  # access token -> sandbox time
    refresh: dict[str, RefreshGrant] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.expiry.clear()
            self.refresh.clear()
            self.events.clear()

    def expired(self, access_token: str) -> bool:
        ends = self.expiry.get(access_token)
        return ends is not None and ends <= self.clock.now()

    def issue(self, caller: Caller, scope: str) -> dict[str, Any]:
        """A fresh access and refresh token pair (a code exchange or a test's grant)."""
        with self.lock:
            answer = self._new_pair(caller, scope)
            self._log("issued", caller)
            return answer

    def rotate(self, refresh_token: str) -> dict[str, Any]:
        with self.lock:
            grant = self.refresh.get(refresh_token)
            if grant is None:
                self._log("refused", None, reason="unknown or revoked refresh token")
                raise GrantRefused("The refresh token is invalid or was revoked")
            if grant.spent_at is not None:
                in_grace = self.clock.now() - grant.spent_at <= self.refresh_reuse_grace
                if in_grace and grant.successor is not None:
                    self._log("reused", grant.caller)
                    return grant.successor
                self._log("refused", grant.caller, reason="refresh token already used")
                raise GrantRefused("The refresh token was already used")
            grant.spent_at = self.clock.now()
            grant.successor = self._new_pair(grant.caller, grant.scope)
            self._log("refreshed", grant.caller)
            return grant.successor

    def revoke(self, token: str, hint: str | None) -> None:
        with self.lock:
            grant = self.refresh.pop(token, None)
            if grant is not None:
                self._end_access(grant.access_token)
                if grant.successor:  # the chain it was rotated into ends with it
                    self.refresh.pop(grant.successor["refresh_token"], None)
                    self._end_access(grant.successor["access_token"])
                self._log("revoked", grant.caller, token_type="refresh_token", hint=hint)
            elif token in self.expiry:
                caller = self.state.tokens.get(token)
                self._end_access(token)
                self._log("revoked", caller, token_type="access_token", hint=hint)
            else:
                self._log("revoked", None, token_type="unknown", hint=hint)

    # -- helpers -----------------------------------------------------------------------
    def _new_pair(self, caller: Caller, scope: str) -> dict[str, Any]:
        access_token = "sbx-at-" + secrets.token_urlsafe(24)
        refresh_token = "sbx-rt-" + secrets.token_urlsafe(24)
        self.state.tokens[access_token] = caller
        self.expiry[access_token] = self.clock.now() + self.access_token_lifetime
        self.refresh[refresh_token] = RefreshGrant(caller, scope, access_token)
        answer: dict[str, Any] = {"access_token": access_token, "token_type": "Bearer",
                                  "refresh_token": refresh_token, "scope": scope}
        if self.send_expires_in:
            answer["expires_in"] = max(1, round(self.clock.to_real(self.access_token_lifetime)))
        return answer

    def _end_access(self, access_token: str) -> None:
        self.state.tokens.pop(access_token, None)
        self.expiry.pop(access_token, None)

    def _log(self, kind: str, caller: Caller | None, **detail: Any) -> None:
        self.events.append({"kind": kind, "at": self.clock.now(),
                            "account_id": caller.account_id if caller else None,
                            "user_id": caller.user_id if caller else None, **detail})
