"""HTTP for SYSPRO: timeouts on every call, capped retries with full jitter, the URL guard.

Only transport failures are handled here (connect/read errors, timeouts, non-200 answers).
What a 200 body means is decided by the callers (e.net text errors, OData JSON).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime

import requests

from syspro.errors import (
    AccessDenied,
    AuthFailed,
    Scrubber,
    SysproError,
    SysproTimeout,
    TransportError,
    UnsafeServerUrl,
    describe_exception,
    network_cause,
)
from syspro.settings import ConnectionSettings
from syspro.urlguard import AddressPolicy, check_server_url, guarded_session

MAX_ERROR_BODY = 300


class QueryStringScrubber(logging.Filter):
    """e.net takes passwords and session ids in GET query strings, and urllib3's debug log
    prints request lines whole: scrub them before any handler sees the record."""

    _scrub = Scrubber()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


logging.getLogger("urllib3.connectionpool").addFilter(QueryStringScrubber())


def full_jitter_delay(attempt: int, base: float, cap: float, rng: random.Random) -> float:
    """AWS 'full jitter': uniform in [0, min(cap, base * 2**attempt)]."""
    return rng.uniform(0.0, min(cap, base * (2**attempt)))


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class HttpTransport:
    """One requests.Session per connection, guarded, never trusting proxy environment variables."""

    def __init__(
        self,
        settings: ConnectionSettings,
        *,
        scrubber: Scrubber | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.scrubber = scrubber or Scrubber(settings.secrets())
        self.policy = AddressPolicy(
            allow_private_networks=settings.allow_private_networks,
            allow_loopback=settings.allow_loopback,
        )
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.session = guarded_session(self.policy, max_retries=0, pool_maxsize=4)

    def close(self) -> None:
        self.session.close()

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.settings.connect_timeout, self.settings.read_timeout)

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        idempotent: bool = True,
        stream: bool = False,
        timeout: tuple[float, float] | None = None,
    ) -> requests.Response:
        """Send with retries; return a 200 response or raise a typed, scrubbed error."""
        check_server_url(url, self.policy)
        attempts = 1 + (self.settings.max_retries if idempotent else 0)
        for attempt in range(attempts):
            try:
                response = self._send_once(
                    method, url, params, data, headers, auth, stream, timeout or self.timeout
                )
            except TransportError as exc:
                if not exc.retryable or attempt + 1 >= attempts:
                    raise
                delay = full_jitter_delay(
                    attempt, self.settings.backoff_base, self.settings.backoff_cap, self._rng
                )
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, self.settings.backoff_cap))
                self._sleep(delay)
                continue
            return response
        raise AssertionError("unreachable")

    def _send_once(
        self,
        method: str,
        url: str,
        params: Mapping[str, str] | None,
        data: bytes | None,
        headers: Mapping[str, str] | None,
        auth: tuple[str, str] | None,
        stream: bool,
        timeout: tuple[float, float],
    ) -> requests.Response:
        try:
            response = self.session.request(
                method, url, params=params, data=data, headers=headers, auth=auth,
                timeout=timeout, verify=self.settings.verify, allow_redirects=False,
                stream=stream,
            )
        except UnsafeServerUrl as exc:
            raise exc.scrubbed(self.scrubber) from None
        except requests.Timeout as exc:
            raise self._wrap(SysproTimeout, "SYSPRO did not answer in time", exc) from None
        except requests.RequestException as exc:
            raise self._wrap(TransportError, "could not reach SYSPRO", exc) from None
        if response.status_code != 200:
            raise self._status_error(response)
        return response

    def _status_error(self, response: requests.Response) -> SysproError:
        status = response.status_code
        body = self._short_body(response)
        chain = [body] if body else []
        response.close()
        error: SysproError
        if status == 401:
            error = AuthFailed(f"SYSPRO refused the credentials (HTTP {status})", chain=chain)
        elif status == 403:
            error = AccessDenied(f"SYSPRO refused access (HTTP {status})", chain=chain)
        else:
            error = TransportError(
                f"SYSPRO answered HTTP {status}",
                status=status,
                retry_after=_retry_after_seconds(response.headers.get("Retry-After")),
                chain=chain,
            )
        return error.scrubbed(self.scrubber)

    def _wrap(self, cls: type[TransportError], message: str, exc: Exception) -> SysproError:
        cause, detail = network_cause(exc) or (None, "")
        return cls(message, chain=describe_exception(exc), cause=cause,
                   cause_detail=detail).scrubbed(self.scrubber)

    @staticmethod
    def _short_body(response: requests.Response) -> str:
        try:
            return response.content[:MAX_ERROR_BODY].decode("cp1252", errors="replace").strip()
        except requests.RequestException:
            return ""

    def read_body(self, response: requests.Response) -> bytes:
        """The whole body of a response, with mid-body failures classified as transport."""
        try:
            return response.content
        except requests.Timeout as exc:
            raise self._wrap(SysproTimeout, "SYSPRO stopped answering", exc) from None
        except requests.RequestException as exc:
            raise self._wrap(TransportError, "connection to SYSPRO dropped", exc) from None
