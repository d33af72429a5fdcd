"""OAuth install flow endpoints as monday serves them (FACTS §7).

``GET /oauth2/authorize`` shows a consent page with Allow/Deny; the form posts back and is
redirected to ``redirect_uri`` with ``code`` and ``state`` (or ``error=access_denied``).
The sandbox option ``oauth_flow`` plays the app version's choice:

- ``legacy``: ``POST /oauth2/token`` swaps a code (valid 10 minutes) for a token bound to
  account 1, user 1, valid until uninstall.
- ``2.1``: ``POST /oauth_ms/oauth/token`` swaps a code for an expiring access token and a
  rotating refresh token, and takes ``grant_type=refresh_token``; ``POST
  /oauth_ms/oauth/revoke`` revokes either token (sandbox/monday/grants.py).

Each endpoint refuses the other flow's calls with a 400 naming the flow (an inference: monday's
answer for that mistake is not documented).
"""

from __future__ import annotations

import html
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, redirect, request

from sandbox.monday.grants import GrantRefused
from sandbox.monday.state import Caller

oauth_blueprint = Blueprint("monday_sandbox_oauth", __name__)

KNOWN_SCOPES = {
    "account:read", "assets:read", "boards:read", "boards:write", "docs:read", "docs:write",
    "me:read", "notifications:write", "tags:read", "teams:read", "updates:read",
    "updates:write", "users:read", "users:write", "webhooks:read", "webhooks:write",
    "workspaces:read", "workspaces:write",
}
CODE_LIFETIME_SECONDS = 600


def _sandbox():
    return current_app.extensions["monday_sandbox"]


def _with_query(url: str, params: dict[str, str]) -> str:
    return url + ("&" if "?" in url else "?") + urlencode(params)


@oauth_blueprint.get("/oauth2/authorize")
def authorize() -> Any:
    args = request.args
    if args.get("client_id") != _sandbox().options.client_id:
        return jsonify(error="invalid_client", error_description="Unknown client_id"), 400
    redirect_uri = args.get("redirect_uri")
    if not redirect_uri:
        return jsonify(error="invalid_request", error_description="redirect_uri missing"), 400
    state = args.get("state", "")
    scopes = [s for s in (args.get("scope") or "").split() if s]
    if any(s not in KNOWN_SCOPES for s in scopes):
        return redirect(_with_query(redirect_uri, {"error": "invalid_scope",
                                                   "error_description": "Invalid scope param",
                                                   "state": state}))
    hidden = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in {"redirect_uri": redirect_uri, "state": state,
                     "scope": " ".join(scopes)}.items())
    page = f"""<!doctype html><title>monday sandbox: authorize</title>
<h1>Install app?</h1><p>The app asks for: {html.escape(", ".join(scopes) or "no scopes")}</p>
<form method="post" action="/oauth2/authorize">{hidden}
<button name="decision" value="allow">Allow</button>
<button name="decision" value="deny">Deny</button></form>"""
    return Response(page, mimetype="text/html")


@oauth_blueprint.post("/oauth2/authorize")
def decide() -> Any:
    form = request.form
    redirect_uri, state = form.get("redirect_uri", ""), form.get("state", "")
    if not redirect_uri:
        return jsonify(error="invalid_request"), 400
    if form.get("decision") != "allow":
        return redirect(_with_query(redirect_uri, {"error": "access_denied", "state": state}))
    code = secrets.token_urlsafe(24)
    _sandbox().oauth_codes[code] = {"redirect_uri": redirect_uri, "scope": form.get("scope", ""),
                    "expires": time.time() + CODE_LIFETIME_SECONDS}
    return redirect(_with_query(redirect_uri, {"code": code, "state": state}))


def _form() -> dict[str, str]:
    return request.form.to_dict() or (request.get_json(silent=True) or {})


def _client_ok(data: dict[str, str]) -> bool:
    options = _sandbox().options
    return data.get("client_id") == options.client_id and \
        data.get("client_secret") == options.client_secret


def _wrong_flow(wanted: str) -> Any | None:
    if _sandbox().options.oauth_flow == wanted:
        return None
    return jsonify(error="unauthorized_client",
                   error_description=f"this app version does not use the {wanted} OAuth "
                                     "flow"), 400


def _claim_code(data: dict[str, str]) -> dict[str, Any] | None:
    grant = _sandbox().oauth_codes.pop(data.get("code", ""), None)
    if grant is None or grant["expires"] < time.time() or \
            grant["redirect_uri"] != data.get("redirect_uri"):
        return None
    return grant


@oauth_blueprint.post("/oauth2/token")
def token() -> Any:
    data = _form()
    if not _client_ok(data):
        return jsonify(error="invalid_client"), 401
    if (refused := _wrong_flow("legacy")) is not None:
        return refused
    grant = _claim_code(data)
    if grant is None:
        return jsonify(error="invalid_grant"), 400
    access_token = "sbx-" + secrets.token_urlsafe(32)
    _sandbox().state.tokens[access_token] = Caller(account_id=1, user_id=1, token_kind="app")
    return jsonify(access_token=access_token, token_type="Bearer", scope=grant["scope"])


@oauth_blueprint.post("/oauth_ms/oauth/token")
def token_v21() -> Any:
    data = _form()
    if not _client_ok(data):
        return jsonify(error="invalid_client"), 401
    if (refused := _wrong_flow("2.1")) is not None:
        return refused
    grants = _sandbox().grants
    kind = data.get("grant_type")
    if kind == "authorization_code":
        grant = _claim_code(data)
        if grant is None:
            return jsonify(error="invalid_grant"), 400
        return jsonify(grants.issue(Caller(1, 1, "app"), grant["scope"]))
    if kind == "refresh_token":
        try:
            return jsonify(grants.rotate(data.get("refresh_token", "")))
        except GrantRefused as exc:
            return jsonify(error="invalid_grant", error_description=str(exc)), 400
    return jsonify(error="unsupported_grant_type"), 400


@oauth_blueprint.post("/oauth_ms/oauth/revoke")
def revoke() -> Any:
    data = _form()
    if not _client_ok(data):
        return jsonify(error="invalid_client"), 401
    _sandbox().grants.revoke(data.get("token", ""), data.get("token_type_hint"))
    return "", 200


# -- controls for tests --------------------------------------------------------------------


@oauth_blueprint.post("/_sandbox/oauth/grant")
def test_grant() -> Any:
    """An expiring token pair for an account and user, as an install on the 2.1 flow gives."""
    body = request.get_json(silent=True) or {}
    caller = Caller(int(body.get("account_id") or 1), int(body.get("user_id") or 1), "app")
    return jsonify(_sandbox().grants.issue(caller, str(body.get("scope") or "boards:write")))


@oauth_blueprint.get("/_sandbox/oauth/events")
def grant_events() -> Any:
    """Issues, refreshes, reuses, refusals and revocations, oldest first (no token values)."""
    return jsonify(_sandbox().grants.events)


@oauth_blueprint.post("/_sandbox/clock/advance")
def advance_clock() -> Any:
    """``{"seconds": N}``: move sandbox time N seconds ahead (tokens expire, windows pass)."""
    body = request.get_json(silent=True) or {}
    try:
        _sandbox().clock.advance(float(body.get("seconds", 0)))
    except (TypeError, ValueError) as exc:
        return jsonify(error=f"seconds: {exc}"), 400
    return jsonify(now=_sandbox().clock.now())
