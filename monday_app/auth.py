"""Request authentication: every way monday (or a script) proves who is calling, in one place.

Each endpoint accepts exactly one token type. The secret alone cannot tell them apart (two
types share each secret), so each verifier also checks the claims' shape and the audience:

- Integration requests (recipe subscribe/unsubscribe, remote options): a JWT in the
  Authorization header signed with the Signing Secret; `exp` and `aud` (the endpoint URL
  monday called) are required. Claims: accountId, userId, shortLivedToken. No `dat`.
- View session tokens (settings and board views and their JSON API): a JWT signed with the
  Client Secret, `{exp, dat: {account_id, user_id, is_admin, ...}}`, sent as `?sessionToken=`
  on the page and as `Authorization: Bearer <token>` on API calls. Refused when it names one of
  our endpoints as `aud` or carries integration claims (accountId, shortLivedToken).
  `dat.is_admin` decides whether the user may change anything (see `requires_admin`).
- Lifecycle webhooks (install, uninstall, subscription events): a JWT signed with the Client
  Secret whose `aud` is the lifecycle URL, the claim every other call monday signs carries and
  a view session token never does. `exp` is required unless MONDAY_LIFECYCLE_REQUIRE_EXP is
  off; the account (accountId or dat.account_id) is required and must match the body.
- Board webhooks: a JWT signed with the Signing Secret, sent only for webhooks created with the
  app's OAuth token; `aud` must be the board-webhook URL (an integration token names a recipe
  URL), `exp` is required unless MONDAY_WEBHOOK_REQUIRE_EXP is off; no `dat`.

Anything that fails gets 401 with a short reason (never the token itself) and the handler does
not run, so nothing is stored.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import jwt
from flask import abort, current_app, g, jsonify, make_response, request
from jwt.types import Options
from werkzeug.exceptions import Unauthorized

log = logging.getLogger(__name__)

ALGORITHMS = ["HS256"]
# Clock skew tolerated between monday and us, in seconds.
LEEWAY_SECONDS = 10

F = TypeVar("F", bound=Callable[..., Any])


class AuthError(Exception):
    """The request is not authenticated; `reason` is safe to show the caller."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IntegrationIdentity:
    """Who sent an integration (recipe) request."""

    monday_account_id: int
    monday_user_id: int
    short_lived_token: str | None
    back_to_url: str | None = None


@dataclass(frozen=True)
class ViewIdentity:
    """The monday user looking at one of our views."""

    monday_account_id: int
    monday_user_id: int
    is_admin: bool = False  # an account admin may change settings; others only look


@dataclass(frozen=True)
class WebhookIdentity:
    """What a signed board webhook or lifecycle call says about its sender (may be unknown)."""

    monday_account_id: int | None
    monday_user_id: int | None


def _secret(name: str) -> str:
    settings = current_app.config["ML_SETTINGS"]
    value = getattr(settings, name)
    if not value:
        # A missing secret must never turn into "any signature passes".
        raise AuthError("the app is not configured to verify this request")
    return cast(str, value)


def bearer_token(header: str | None) -> str:
    """The token from an Authorization header, with or without the `Bearer ` prefix."""
    if not header or not header.strip():
        raise AuthError("missing Authorization header")
    value = header.strip()
    if value.lower().startswith("bearer "):
        value = value[7:].strip()
    if not value:
        raise AuthError("empty Authorization header")
    return value


def decode(
    token: str,
    secret: str,
    *,
    audience: str | None = None,
    require: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Verify signature (HS256 only), `exp` (when present or required), and `aud` if given."""
    options: Options = {"require": list(require), "verify_aud": audience is not None}
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=ALGORITHMS,
            audience=audience,
            leeway=LEEWAY_SECONDS,
            options=options,
        )
    except jwt.ExpiredSignatureError as exc:
        raise AuthError("token expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise AuthError("token was issued for another endpoint") from exc
    except jwt.MissingRequiredClaimError as exc:
        raise AuthError(f"token lacks the {exc.claim!r} claim") from exc
    except jwt.InvalidSignatureError as exc:
        raise AuthError("token signature does not match") from exc
    except jwt.PyJWTError as exc:
        raise AuthError("malformed token") from exc
    if not isinstance(claims, dict):
        raise AuthError("malformed token")
    return claims


def _as_int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise AuthError(f"token has no usable {name}") from exc


def _optional_int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def endpoint_url() -> str:
    """The URL monday called, as monday knows it: PUBLIC_BASE_URL + path (the `aud` claim)."""
    base = current_app.config["ML_SETTINGS"].public_base_url.rstrip("/")
    return base + request.path


# --- the four verifiers ----------------------------------------------------------------------
# Each endpoint accepts exactly one token type. Two pairs share a secret (view session and
# lifecycle: the Client Secret; integration and board webhook: the Signing Secret), so each
# verifier also checks the claims' shape and the audience: a view session token travels in the
# iframe URL and must never pass for a lifecycle call.


def _refuse_view_shape(claims: Mapping[str, Any], expected: str) -> None:
    if "dat" in claims:
        raise AuthError(f"a view session token is not {expected}")


def _names_an_endpoint_of_ours(aud: Any) -> bool:
    base = current_app.config["ML_SETTINGS"].public_base_url.rstrip("/")
    values = aud if isinstance(aud, list) else [aud]
    return any(isinstance(v, str) and v.startswith(base + "/") for v in values)


def _require(*names: str, exp: bool) -> tuple[str, ...]:
    return (*names, "exp") if exp else names


def verify_integration(header: str | None, audience: str) -> IntegrationIdentity:
    claims = decode(
        bearer_token(header),
        _secret("monday_signing_secret"),
        audience=audience,
        require=("exp", "aud"),
    )
    _refuse_view_shape(claims, "an integration token")
    return IntegrationIdentity(
        monday_account_id=_as_int(claims.get("accountId"), "accountId"),
        monday_user_id=_as_int(claims.get("userId"), "userId"),
        short_lived_token=claims.get("shortLivedToken") or None,
        back_to_url=claims.get("backToUrl") or None,
    )


def verify_view_token(token: str | None) -> ViewIdentity:
    if not token:
        raise AuthError("missing session token")
    claims = decode(token, _secret("monday_client_secret"), require=("exp",))
    if _names_an_endpoint_of_ours(claims.get("aud")):
        # Lifecycle (and integration) tokens name the endpoint they were sent to.
        raise AuthError("token was issued for a webhook endpoint, not a view")
    if "accountId" in claims or "shortLivedToken" in claims:
        raise AuthError("an integration token is not a view session token")
    dat = claims.get("dat")
    if not isinstance(dat, Mapping):
        raise AuthError("token has no dat claim")
    return ViewIdentity(
        monday_account_id=_as_int(dat.get("account_id"), "account_id"),
        monday_user_id=_as_int(dat.get("user_id"), "user_id"),
        is_admin=_is_admin(dat),
    )


def _is_admin(dat: Mapping[str, Any]) -> bool:
    """Only an explicit `is_admin: true` (or user_kind "admin") counts; a view-only or guest
    flag wins over both. Missing claims mean "not an admin": changes need proof."""
    if dat.get("is_view_only") is True or dat.get("is_guest") is True:
        return False
    if "is_admin" in dat:
        return dat["is_admin"] is True
    return dat.get("user_kind") == "admin"


def verify_lifecycle(header: str | None) -> WebhookIdentity:
    """Client Secret, `aud` = this endpoint (a view session token has none), `exp` unless
    MONDAY_LIFECYCLE_REQUIRE_EXP is off, and an account to act on."""
    claims = decode(
        bearer_token(header),
        _secret("monday_client_secret"),
        audience=endpoint_url(),
        require=_require("aud", exp=_setting("monday_lifecycle_require_exp")),
    )
    raw_dat = claims.get("dat")
    dat: Mapping[str, Any] = raw_dat if isinstance(raw_dat, Mapping) else {}
    account = _optional_int(claims.get("accountId") or dat.get("account_id"))
    if account is None:
        raise AuthError("token names no account")
    return WebhookIdentity(
        monday_account_id=account,
        monday_user_id=_optional_int(claims.get("userId") or dat.get("user_id")),
    )


def verify_board_webhook(header: str | None) -> WebhookIdentity:
    """Signing Secret, `aud` = this endpoint (an integration token names a recipe URL), `exp`
    unless MONDAY_WEBHOOK_REQUIRE_EXP is off, integration-shaped claims."""
    claims = decode(
        bearer_token(header),
        _secret("monday_signing_secret"),
        audience=endpoint_url(),
        require=_require("aud", exp=_setting("monday_webhook_require_exp")),
    )
    _refuse_view_shape(claims, "a board webhook token")
    return WebhookIdentity(
        monday_account_id=_optional_int(claims.get("accountId")),
        monday_user_id=_optional_int(claims.get("userId")),
    )


def _setting(name: str) -> bool:
    return bool(getattr(current_app.config["ML_SETTINGS"], name))


# --- decorators for handlers -----------------------------------------------------------------


def unauthorized(reason: str) -> Any:
    response = make_response(jsonify(error="unauthorized", reason=reason), 401)
    return response


def _guard(verify: Callable[[], Any]) -> Callable[[F], F]:
    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                g.identity = verify()
            except AuthError as exc:
                # Log the reason and the path only: never the token.
                log.info("rejected %s %s: %s", request.method, request.path, exc.reason)
                # A 401 exception (not a bare response) so the app's error handler sees it:
                # on a page a person opened it becomes a page (web/page_refusals.py).
                raise Unauthorized(response=unauthorized(exc.reason)) from None
            return view(*args, **kwargs)

        return cast(F, wrapper)

    return decorator


def forbidden(message: str) -> Any:
    return make_response(jsonify(error="forbidden", message=message), 403)


def requires_admin(action: str) -> Callable[[F], F]:
    """Under `requires_view_session`: only an account admin may `action`; members look.

    The session token travels in the iframe URL and every member of the account has one, so
    changing a connection (where its passwords go) must not rest on the token alone."""

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            identity: ViewIdentity = g.identity
            if not identity.is_admin:
                log.info("refused %s %s: user %s is not an account admin",
                         request.method, request.path, identity.monday_user_id)
                abort(forbidden(
                    f"Only an admin of this monday account can {action}; "
                    "other members can view the settings and sync health."
                ))
            return view(*args, **kwargs)

        return cast(F, wrapper)

    return decorator


def view_token_from_request() -> str | None:
    """The view session token: Authorization header first, else ?sessionToken= on page loads."""
    header = request.headers.get("Authorization")
    if header and header.strip():
        try:
            return bearer_token(header)
        except AuthError:
            return None
    return request.args.get("sessionToken") or None


requires_integration = _guard(
    lambda: verify_integration(request.headers.get("Authorization"), endpoint_url())
)
requires_view_session = _guard(lambda: verify_view_token(view_token_from_request()))
requires_lifecycle = _guard(lambda: verify_lifecycle(request.headers.get("Authorization")))
requires_board_webhook = _guard(
    lambda: verify_board_webhook(request.headers.get("Authorization"))
)
