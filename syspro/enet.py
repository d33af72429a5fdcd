"""The e.net REST client: logon, logoff, profile, Query and Setup calls.

All calls are `GET BASE{path}?params`; the session id travels as `UserId`. Failures arrive as
HTTP 200 bodies starting `ERROR`, classified by syspro.errors. A call answered "session invalid"
renews the shared session once and retries; a refusal is remembered in the permission cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar
from xml.etree.ElementTree import Element

import redis
import requests

from syspro.errors import (
    AccessDenied,
    Scrubber,
    SessionInvalid,
    classify_error_text,
)
from syspro.parsing import decode_body, parse_profile, parse_xml
from syspro.permissions import PermissionCache
from syspro.session import Cipher, SharedSession, clean_session_id
from syspro.settings import ConnectionSettings
from syspro.transport import HttpTransport

T = TypeVar("T")


def session_scope(connection_id: str, settings: ConnectionSettings) -> str:
    """The shared session's name: the connection *and* where and as whom it logs on.

    A session id is a credential of the server that issued it. When a connection's server URL
    or operator changes, the session remembered for the old values must never be sent to the
    new server (nor reused by a worker still on the old settings), so it lives under another
    name and simply expires."""
    where = "\n".join((settings.rest_base_url, settings.operator, settings.company_id))
    return f"{connection_id}:{hashlib.sha256(where.encode()).hexdigest()[:16]}"


def credentials_fingerprint(settings: ConnectionSettings) -> str:
    """What the shared session was logged on with, passwords included. Kept only inside the
    encrypted session entry: a session made with other credentials (a password or company
    edited since) is never reused, so "Test connection" after an edit logs on afresh."""
    parts = (settings.rest_base_url, settings.operator, settings.operator_password,
             settings.company_id, settings.company_password)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class EnetClient:
    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        connection_id: str,
        redis_client: redis.Redis,
        cipher: Cipher,
        transport: HttpTransport | None = None,
    ) -> None:
        self.settings = settings
        self.scrubber = Scrubber(settings.secrets())
        self.transport = transport or HttpTransport(settings, scrubber=self.scrubber)
        scope = session_scope(connection_id, settings)
        # Refusals are remembered per operator and server: another operator starts afresh.
        self.permissions = PermissionCache(
            redis_client, scope, settings.permission_cache_ttl_seconds
        )
        self.session = SharedSession(
            scope,
            redis_client=redis_client,
            cipher=cipher,
            fingerprint=credentials_fingerprint(settings),
            logon=self.logon,
            logoff=self.logoff_session,
            ttl_seconds=settings.session_ttl_seconds,
            lock_timeout=settings.session_lock_timeout,
        )

    # --- raw calls -------------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, str], *, idempotent: bool = True) -> str:
        url = self.settings.rest_base_url + path
        response = self.transport.request("GET", url, params=params, idempotent=idempotent)
        return decode_body(self.transport.read_body(response))

    def logon(self) -> str:
        """A fresh session id. Callers normally use the shared session instead."""
        s = self.settings
        params = {
            "Operator": s.operator,
            "OperatorPassword": s.operator_password,
            "CompanyId": s.company_id,
            "CompanyPassword": s.company_password,
        }
        if s.logon_language_code:
            params["LanguageCode"] = s.logon_language_code
        if s.logon_xml_in:
            params["XmlIn"] = s.logon_xml_in
        # A logon is not retried: a half-seen logon would leave a second session behind.
        body = self._get("/Logon", params, idempotent=False)
        error = classify_error_text(body, during_logon=True)
        if error is not None:
            raise error.scrubbed(self.scrubber)
        session_id = clean_session_id(body)
        self.scrubber.add(session_id)
        return session_id

    def logoff_session(self, session_id: str) -> None:
        self.scrubber.add(session_id)
        body = self._get("/Logoff", {"UserId": session_id}, idempotent=False)
        error = classify_error_text(body)
        if error is not None:
            raise error.scrubbed(self.scrubber)

    def logoff(self) -> None:
        """End the shared session (when the connection is removed)."""
        self.session.drop(logoff=True)

    def retire_session(self) -> str | None:
        """Take the shared session out of use and forget the refusals learned under it, when
        the connection's logon settings changed. The id returned is still live at this
        client's server: end it there with `logoff_session` (a call out, left to the caller
        so that it can be made from a job)."""
        session_id = self.session.take()
        self.permissions.clear()
        return session_id

    def version(self) -> str:
        body = self._get("/GetVersion", {})
        error = classify_error_text(body)
        if error is not None:
            raise error.scrubbed(self.scrubber)
        return body.strip()

    # --- session-bound calls -----------------------------------------------------------------

    def with_session(self, call: Callable[[str], T]) -> T:
        """Run `call(session_id)`; on "session invalid" renew once and run it again."""
        session_id = self.session.get()
        self.scrubber.add(session_id)
        try:
            result = call(session_id)
        except SessionInvalid:
            session_id = self.session.renew(session_id)
            self.scrubber.add(session_id)
            result = call(session_id)
        self.session.touch()
        return result

    def call_text(
        self,
        path: str,
        params: dict[str, str],
        *,
        permission_key: str | None = None,
        table: str | None = None,
        idempotent: bool = True,
    ) -> str:
        """A session-bound call returning the decoded body, error texts raised as exceptions."""

        def read(response: requests.Response) -> str:
            body = decode_body(self.transport.read_body(response))
            error = classify_error_text(body, table=table)
            if error is not None:
                raise error.scrubbed(self.scrubber)
            return body

        return self.call(path, params, read, permission_key=permission_key, table=table,
                         idempotent=idempotent)

    def call(
        self,
        path: str,
        params: dict[str, str],
        read: Callable[[requests.Response], T],
        *,
        permission_key: str | None = None,
        table: str | None = None,
        idempotent: bool = True,
        stream: bool = False,
    ) -> T:
        """A session-bound call; `read` turns the response into a result or raises.

        Refusals are remembered under `permission_key` and answered from the cache next time.
        """
        if permission_key:
            cached = self.permissions.denied(permission_key)
            if cached:
                raise AccessDenied(
                    cached["reason"], area=cached.get("area"), table=table,
                    business_object=params.get("BusinessObject"),
                    chain=["refusal remembered from an earlier call"],
                )
        url = self.settings.rest_base_url + path

        def attempt(session_id: str) -> T:
            response = self.transport.request(
                "GET", url, params={"UserId": session_id, **params}, idempotent=idempotent,
                stream=stream,
            )
            try:
                return read(response)
            except BaseException:
                response.close()
                raise

        try:
            return self.with_session(attempt)
        except AccessDenied as denied:
            denied.table = denied.table or table
            if permission_key:
                self.permissions.record_denied(permission_key, denied.message, area=denied.area)
            raise

    def profile(self) -> dict[str, str]:
        body = self.call_text("/GetLogonProfile", {})
        profile = parse_profile(parse_xml(body))
        self.permissions.set_profile(profile)
        return profile

    def query(self, business_object: str, xml_in: str, *, table: str | None = None) -> Element:
        key = f"COMFND:{table}" if business_object.upper() == "COMFND" and table else None
        body = self.call_text(
            "/Query/Query",
            {"BusinessObject": business_object, "XmlIn": xml_in},
            permission_key=key or business_object,
            table=table,
        )
        return parse_xml(body)

    def setup(
        self, action: str, business_object: str, xml_parameters: str, xml_in: str
    ) -> Element:
        """Setup Add / Update / Delete. Not retried on transport errors (Add is not idempotent)."""
        if action not in ("Add", "Update", "Delete"):
            raise ValueError("action must be Add, Update or Delete")
        body = self.call_text(
            f"/Setup/{action}",
            {
                "BusinessObject": business_object,
                "XmlParameters": xml_parameters,
                "XmlIn": xml_in,
            },
            permission_key=business_object,
            idempotent=False,
        )
        return parse_xml(body)

    def close(self) -> None:
        self.transport.close()

