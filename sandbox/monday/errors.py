"""Errors the sandbox answers with, in monday's shapes (FACTS §3, 2025-07+ envelope)."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError


class MondayResolverError(GraphQLError):
    """An application error: HTTP 200 with ``errors[].extensions.code`` (+ error_data)."""

    def __init__(self, message: str, code: str, error_data: dict[str, Any] | None = None,
                 status_code: int = 200):
        super().__init__(
            message,
            extensions={"code": code, "error_data": error_data or {}, "status_code": status_code},
        )


class HttpError(Exception):
    """A transport-level answer: a status, a JSON body and headers, sent as is."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(f"HTTP {status}: {body}")
        self.status = status
        self.body = body
        self.headers = headers or {}


def graphql_error_body(message: str, code: str, **extensions: Any) -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": code, **extensions}}]}


def wait_headers(real_seconds: float) -> dict[str, str]:
    # With a sped-up clock waits are fractions of a second, so they are sent with decimals.
    return {"Retry-After": f"{real_seconds:.3f}".rstrip("0").rstrip(".") or "0"}
