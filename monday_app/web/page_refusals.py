"""Refusals of a page a person opened (a view in monday's iframe) as a page in monday's look.

The token guard in monday_app/auth.py answers JSON 401 `{error, reason}` for every route; on a
route marked `browser_page` (validation.py) that answer becomes one of these pages, so a person
never sees JSON or a traceback. The reason says only what is wrong, never the token.
"""

from __future__ import annotations

import json

from flask import render_template
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

REOPEN = "Close this view and open it again from monday; monday then signs you in afresh."
NOT_INSTALLED = (
    "ml-connector is not installed on this account",
    "This monday account has not installed ml-connector, or has uninstalled it.",
    "An admin of the account can install it from the monday marketplace, then open this view "
    "again.",
)


def token_refusal(reason: str) -> tuple[str, str, str]:
    """(title, message, next step) for a session token the page cannot use."""
    if reason == "missing session token":
        return ("This page opens inside monday",
                "It was opened without monday's session token, so it cannot tell who you are.",
                "Open it from the ml-connector app in monday.")
    if reason == "token expired":
        return ("Your monday session has expired",
                "The session token this page was opened with is no longer valid.", REOPEN)
    return ("Your monday session could not be verified",
            "The session token this page was opened with was not signed by monday for this "
            "app, or is damaged.", REOPEN)


def message_page(status: int, title: str, message: str, next_step: str) -> ResponseReturnValue:
    return render_template("message.html", title=title, message=message,
                           next_step=next_step), status


def refusal_page(response: Response) -> ResponseReturnValue | None:
    """The page for the token guard's JSON 401 (its `reason` picks the words), else None."""
    if response.status_code != 401:
        return None
    try:
        body = json.loads(response.get_data())
    except ValueError:
        body = {}
    reason = str(body.get("reason", "")) if isinstance(body, dict) else ""
    return message_page(401, *token_refusal(reason))
