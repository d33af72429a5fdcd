"""A request id for every request: the caller's X-Request-Id when it is a sane token, else a
new one. Each log line written while the request runs carries it (config/log_format.py),
and the answer returns it in X-Request-Id, so a person can quote it and we can find the lines.
"""

from __future__ import annotations

import re
import uuid

from flask import Flask, Response, g, request

from config.log_format import current_request_id

HEADER = "X-Request-Id"
# Whatever a proxy or a caller sends is only trusted when it cannot forge a log line.
_SANE = re.compile(r"[A-Za-z0-9._:-]{8,64}")


def init_app(app: Flask) -> None:
    app.before_request(_begin)
    app.after_request(_answer)
    app.teardown_request(_end)


def _begin() -> None:
    offered = request.headers.get(HEADER, "")
    request_id = offered if _SANE.fullmatch(offered) else uuid.uuid4().hex
    g.request_id = request_id
    g.request_id_token = current_request_id.set(request_id)


def _answer(response: Response) -> Response:
    if "request_id" in g:
        response.headers[HEADER] = g.request_id
    return response


def _end(_exc: BaseException | None) -> None:
    token = g.pop("request_id_token", None)
    if token is not None:
        current_request_id.reset(token)
