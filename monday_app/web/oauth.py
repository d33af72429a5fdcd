"""OAuth install: /oauth/start sends the browser to monday, /oauth/callback finishes.

Both of monday's flows end here: legacy OAuth gives a token valid until uninstall; OAuth 2.1
(opt-in per app version, MONDAY_OAUTH_TOKEN_PATH) an expiring token with a refresh token,
stored together with its expiry and refreshed by jobs/account_tokens.py.

The state is random, kept in the signed browser session and used once, so a callback that did
not start in this browser is refused. Each code is claimed before it is exchanged, so a
replayed code ends on a clear page without calling monday.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets

from authlib.integrations.requests_client import OAuth2Session
from flask import Blueprint, redirect, render_template, session
from flask.typing import ResponseReturnValue

from monday_api import MondayClient, MondayClientSettings
from monday_api.tokens import TokenGrant
from monday_app.web.common import database, secret_box, settings
from monday_app.web.inputs import oauth_callback_args
from monday_app.web.validation import browser_page
from store.accounts import install_with_token
from store.deliveries import claim_delivery
from store.types import utcnow

log = logging.getLogger(__name__)
bp = Blueprint("oauth", __name__, template_folder="templates")

SCOPES = (
    "me:read",
    "account:read",
    "boards:read",
    "boards:write",
    "updates:write",
    "webhooks:read",
    "webhooks:write",
)
STATE_KEY = "oauth_state"
EXCHANGE_TIMEOUT_SECONDS = 10


def redirect_uri() -> str:
    return f"{settings().public_base_url}/oauth/callback"


def _oauth_client() -> OAuth2Session:
    config = settings()
    return OAuth2Session(
        client_id=config.monday_client_id,
        client_secret=config.monday_client_secret,
        scope=" ".join(SCOPES),
        redirect_uri=redirect_uri(),
        token_endpoint_auth_method="client_secret_post",
    )


def _page(title: str, message: str, next_step: str | None = None, status: int = 200):
    html = render_template("message.html", title=title, message=message, next_step=next_step)
    return html, status


@bp.get("/oauth/start")
@browser_page
def start() -> ResponseReturnValue:
    if not settings().monday_client_id:
        return _page("Not configured", "MONDAY_CLIENT_ID is not set on this server.", None, 500)
    state = secrets.token_urlsafe(32)
    session[STATE_KEY] = state
    url, _ = _oauth_client().create_authorization_url(
        f"{settings().monday_auth_url}/oauth2/authorize", state=state
    )
    return redirect(url)


@bp.get("/oauth/callback")
@browser_page
def callback() -> ResponseReturnValue:
    expected = session.pop(STATE_KEY, None)
    args = oauth_callback_args()
    given = args["state"]
    if args["error"]:
        reason = args["error_description"] or args["error"]
        return _page(
            "Installation cancelled",
            f"monday did not grant access ({reason}). Nothing was installed.",
            "To try again, start the installation from the monday marketplace.",
            400,
        )
    if not expected or not given or not hmac.compare_digest(str(expected), given):
        return _page(
            "Installation link expired",
            "This page was not opened from an installation started in this browser, or it "
            "was already used. Nothing was installed.",
            "Start the installation again from the monday marketplace.",
            400,
        )
    code = args["code"]
    if not code:
        return _page("Installation failed", "monday sent no authorization code.", None, 400)
    code_id = hashlib.sha256(code.encode()).hexdigest()
    with database().session() as db_session:
        first_use = claim_delivery(db_session, "oauth_code", code_id)
    if not first_use:
        return _page(
            "Installation link already used",
            "This authorization code was used before. Nothing was changed.",
            "Start the installation again from the monday marketplace.",
            400,
        )
    try:
        token = _oauth_client().fetch_token(
            f"{settings().monday_auth_url}{settings().monday_oauth_token_path}",
            code=code,
            grant_type="authorization_code",
            timeout=EXCHANGE_TIMEOUT_SECONDS,
        )
        grant = TokenGrant.from_answer(token)
        me = _monday_client(grant.access_token).me()
    except Exception as exc:  # noqa: BLE001 - every failure ends on the same page
        log.warning("OAuth code exchange failed: %s", type(exc).__name__)
        return _page(
            "Installation failed",
            "monday did not accept the installation (the code exchange or the first API "
            "call failed). Nothing was installed.",
            "Start the installation again; if it keeps failing, contact support.",
            502,
        )
    with database().session() as db_session:
        account = install_with_token(
            db_session,
            secret_box(),
            monday_account_id=int(me.account.id),
            monday_user_id=int(me.user_id),
            token=grant.access_token,
            kind="oauth",
            name=me.account.name,
            slug=me.account.slug,
            tier=me.account.tier,
            scopes=grant.scope or " ".join(SCOPES),
            # OAuth 2.1 (opt-in per app version): an expiring token and its refresh token.
            refresh_token=grant.refresh_token,
            expires_at=grant.expires_at(utcnow(), settings().monday_token_default_lifetime_seconds),
        )
        account_name = account.name
    return _page(
        "ml-connector is installed",
        f"ml-connector is connected to the monday account {account_name}.",
        "Next: open the app's settings view in monday and enter your SYSPRO server, then add "
        "the \u201cSync SYSPRO \u2026 to this board\u201d automation to a board.",
    )


def _monday_client(token: str) -> MondayClient:
    config = settings()
    client_settings = MondayClientSettings(
        api_url=config.monday_api_url,
        api_version=config.monday_api_version,
        connect_timeout=5.0,
        read_timeout=10.0,
        max_attempts=2,
        max_wait_seconds=5.0,
        request_complexity=False,
    )
    return MondayClient(token, client_settings)
