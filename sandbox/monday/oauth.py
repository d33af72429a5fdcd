"""OAuth install flow endpoints as monday serves them (FACTS §7, legacy OAuth).

``GET /oauth2/authorize`` shows a consent page with Allow/Deny; the form posts back and is
redirected to ``redirect_uri`` with ``code`` and ``state`` (or ``error=access_denied``).
``POST /oauth2/token`` swaps a code (valid 10 minutes) for a token bound to account 1, user 1.
"""

from __future__ import annotations

import html
import secrets
import time
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, jsonify, redirect, request

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


@oauth_blueprint.post("/oauth2/token")
def token() -> Any:
    data = request.form.to_dict() or (request.get_json(silent=True) or {})
    options = _sandbox().options
    if data.get("client_id") != options.client_id or \
            data.get("client_secret") != options.client_secret:
        return jsonify(error="invalid_client"), 401
    grant = _sandbox().oauth_codes.pop(data.get("code", ""), None)
    if grant is None or grant["expires"] < time.time() or \
            grant["redirect_uri"] != data.get("redirect_uri"):
        return jsonify(error="invalid_grant"), 400
    access_token = "sbx-" + secrets.token_urlsafe(32)
    _sandbox().state.tokens[access_token] = Caller(account_id=1, user_id=1, token_kind="app")
    return jsonify(access_token=access_token, token_type="Bearer", scope=grant["scope"])
