"""Where the client's token comes from, and monday's OAuth 2.1 token endpoints.

A classic token (legacy OAuth, personal tokens) never changes: :class:`StaticToken`. An expiring
one comes from a :class:`TokenSource` that can hand out a fresh token; the transport asks it
for one once when monday answers 401, and retries the call once (transport.py).

:class:`OAuthEndpoints` speaks to ``POST …/oauth_ms/oauth/token`` (``grant_type=
refresh_token``) and ``POST …/oauth_ms/oauth/revoke`` (FACTS §7). Refresh tokens rotate: the
answer carries the refresh token to use next time, and the one sent is spent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import requests


class TokenSource(Protocol):
    def current(self) -> str:
        """The token to send now (refreshed first when it is about to expire)."""
        ...

    def renew(self, rejected: str) -> str | None:
        """A token to use after monday refused ``rejected`` (401); None: there is none."""
        ...


@dataclass(frozen=True)
class StaticToken:
    """A token that does not expire: legacy OAuth and personal tokens."""

    token: str

    def current(self) -> str:
        return self.token

    def renew(self, rejected: str) -> str | None:
        return None


class RefreshRefused(Exception):
    """monday refused the refresh token (spent, revoked or expired): only a new authorization
    (reinstall, re-authorize) brings the account back."""


class RefreshFailed(Exception):
    """The refresh could not be done now (no answer, 5xx, our client credentials refused); the
    refresh token may still be good, so nothing is given up."""


@dataclass(frozen=True)
class TokenGrant:
    """What a token endpoint answered. ``refresh_token`` None: a classic, non-expiring token."""

    access_token: str
    refresh_token: str | None
    expires_in: int | None
    scope: str

    @classmethod
    def from_answer(cls, answer: Mapping[str, Any]) -> TokenGrant:
        access_token = answer.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise RefreshFailed("the token endpoint answered without an access_token")
        refresh_token = answer.get("refresh_token")
        return cls(
            access_token=access_token,
            refresh_token=str(refresh_token) if refresh_token else None,
            expires_in=_seconds(answer.get("expires_in")),
            scope=str(answer.get("scope") or ""),
        )

    def expires_at(self, now: datetime, default_lifetime: int) -> datetime | None:
        """When the access token stops working; None for a token that never expires.

        A refresh token without ``expires_in`` means an expiring token of unknown lifetime:
        ``default_lifetime`` seconds is assumed (MONDAY_TOKEN_DEFAULT_LIFETIME_SECONDS)."""
        if self.expires_in is not None:
            return now + timedelta(seconds=self.expires_in)
        if self.refresh_token:
            return now + timedelta(seconds=default_lifetime)
        return None


def _seconds(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class OAuthEndpoints:
    auth_url: str  # MONDAY_AUTH_URL
    client_id: str
    client_secret: str
    refresh_path: str = "/oauth_ms/oauth/token"
    revoke_path: str = "/oauth_ms/oauth/revoke"
    timeout_seconds: float = 10.0

    def _post(self, path: str, form: dict[str, str]) -> requests.Response:
        body = {**form, "client_id": self.client_id, "client_secret": self.client_secret}
        try:
            return requests.post(f"{self.auth_url.rstrip('/')}{path}", data=body,
                                 timeout=self.timeout_seconds)
        except requests.RequestException as exc:
            reason = type(exc).__name__
            raise RefreshFailed(f"monday's token endpoint did not answer ({reason})") from None

    def refresh(self, refresh_token: str) -> TokenGrant:
        """Spend ``refresh_token`` for a new pair. Raises RefreshRefused or RefreshFailed."""
        response = self._post(self.refresh_path, {"grant_type": "refresh_token",
                                                  "refresh_token": refresh_token})
        try:
            answer = response.json()
        except ValueError:
            answer = {}
        error = str(answer.get("error") or "") if isinstance(answer, dict) else ""
        if response.status_code == 200 and isinstance(answer, dict):
            return TokenGrant.from_answer(answer)
        if error == "invalid_client":
            raise RefreshFailed("monday refused the app's client credentials "
                                "(check MONDAY_CLIENT_ID and MONDAY_CLIENT_SECRET)")
        if error == "invalid_grant" or response.status_code in (400, 401):
            reason = error or response.status_code
            raise RefreshRefused(f"monday refused the refresh token ({reason})")
        raise RefreshFailed(f"monday's token endpoint answered HTTP {response.status_code}")

    def revoke(self, token: str, hint: str = "refresh_token") -> None:
        """Revoke a token (RFC 7009: 200 whatever it was). Raises RefreshFailed otherwise."""
        response = self._post(self.revoke_path, {"token": token, "token_type_hint": hint})
        if response.status_code != 200:
            raise RefreshFailed(f"monday's revoke endpoint answered HTTP {response.status_code}")
