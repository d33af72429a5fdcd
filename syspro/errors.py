"""One classification of everything that can go wrong talking to SYSPRO.

Each failure becomes a typed exception carrying its kind, whether a retry can help, and the full
chain of causes as text with secrets scrubbed. The raw lower-level exceptions are not chained
(`raise ... from None`) because their messages hold URLs whose query strings carry passwords and
session ids (e.net takes both as GET parameters); the scrubbed chain replaces them.
"""

from __future__ import annotations

import enum
import re
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field


class ErrorKind(enum.Enum):
    AUTH_FAILED = "auth_failed"
    ACCESS_DENIED = "access_denied"
    SESSION_INVALID = "session_invalid"
    BO_UNAVAILABLE = "bo_unavailable"
    ITEM_VALIDATION = "item_validation"
    SERVER_ERROR = "server_error"  # any other body starting ERROR
    TRANSPORT = "transport"
    TIMEOUT = "timeout"
    MALFORMED_RESPONSE = "malformed_response"
    UNSAFE_URL = "unsafe_url"


# What the caller should do, decided in one place.
RETRYABLE_KINDS = frozenset({ErrorKind.TRANSPORT, ErrorKind.TIMEOUT, ErrorKind.BO_UNAVAILABLE})


class SysproError(Exception):
    kind: ErrorKind = ErrorKind.SERVER_ERROR

    def __init__(self, message: str, *, chain: Iterable[str] = ()) -> None:
        self.message = message
        self.chain: tuple[str, ...] = (message, *chain)
        super().__init__(message)

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE_KINDS

    def __str__(self) -> str:
        return " <- ".join(self.chain)

    def scrubbed(self, scrubber: Scrubber) -> SysproError:
        """Scrub the message and chain in place (and return self) with a scrubber's secrets."""
        self.message = scrubber(self.message)
        self.chain = tuple(scrubber(link) for link in self.chain)
        self.args = (self.message,)
        return self


class AuthFailed(SysproError):
    kind = ErrorKind.AUTH_FAILED


class AccessDenied(SysproError):
    kind = ErrorKind.ACCESS_DENIED

    def __init__(
        self,
        message: str,
        *,
        area: str | None = None,
        operator: str | None = None,
        business_object: str | None = None,
        table: str | None = None,
        chain: Iterable[str] = (),
    ) -> None:
        super().__init__(message, chain=chain)
        self.area = area
        self.operator = operator
        self.business_object = business_object
        self.table = table


class SessionInvalid(SysproError):
    kind = ErrorKind.SESSION_INVALID


class BusinessObjectUnavailable(SysproError):
    kind = ErrorKind.BO_UNAVAILABLE


class ServerErrorText(SysproError):
    kind = ErrorKind.SERVER_ERROR


@dataclass
class FieldError:
    """One per-field failure from a Setup business object."""

    field: str
    value: str
    number: str
    description: str


@dataclass
class SetupResult:
    """The parsed outcome of a Setup Add/Update/Delete call."""

    records_read: int
    records_invalid: int
    keys: list[dict[str, str]] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    validate_only: bool = False

    @property
    def ok(self) -> bool:
        return self.records_invalid == 0 and not self.errors


class ItemValidationError(SysproError):
    kind = ErrorKind.ITEM_VALIDATION

    def __init__(self, message: str, *, result: SetupResult, chain: Iterable[str] = ()) -> None:
        super().__init__(message, chain=chain)
        self.result = result


class TransportError(SysproError):
    """`cause` says why no answer came, when known: "dns", "refused", "timeout" (connecting)
    or "tls", with `cause_detail` (the certificate problem, ...) for a person to read."""

    kind = ErrorKind.TRANSPORT

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None,
        chain: Iterable[str] = (), cause: str | None = None, cause_detail: str = "",
    ) -> None:
        super().__init__(message, chain=chain)
        self.status = status
        self.retry_after = retry_after
        self.cause = cause
        self.cause_detail = cause_detail

    @property
    def retryable(self) -> bool:
        # 4xx answers (other than 429) will not change on a retry.
        if self.status is None:
            return True
        return self.status == 429 or self.status >= 500


class SysproTimeout(TransportError):
    kind = ErrorKind.TIMEOUT


class MalformedResponse(SysproError):
    kind = ErrorKind.MALFORMED_RESPONSE


class UnsafeServerUrl(SysproError):
    kind = ErrorKind.UNSAFE_URL


# --- Classifying e.net text answers ----------------------------------------------------------

ACCESS_DENIED_RE = re.compile(
    r"^ERROR: Access denied to Functional Area '(?P<area>[^']+)' for operator "
    r"'(?P<op>[^']+)' \(Business Object '(?P<bo>[^']+)'\)"
)
SESSION_INVALID_RE = re.compile(r"supplied UserID is invalid", re.IGNORECASE)
BO_UNAVAILABLE_RE = re.compile(r"e\.net exception 100000", re.IGNORECASE)


def classify_error_text(
    text: str, *, during_logon: bool = False, table: str | None = None
) -> SysproError | None:
    """Map an e.net answer to an exception, or None when it is not an error text.

    Session-invalid and e.net-exception texts may arrive wrapped in XML or mid-text, so those
    are searched anywhere; the others must start the body, as SYSPRO sends them.
    """
    body = text.strip().lstrip("\ufeff")
    if SESSION_INVALID_RE.search(body):
        return SessionInvalid(_first_line(body))
    if BO_UNAVAILABLE_RE.search(body):
        return BusinessObjectUnavailable(_first_line(body))
    if not body[:5].upper() == "ERROR":
        return None
    denied = ACCESS_DENIED_RE.match(body)
    if denied:
        return AccessDenied(
            _first_line(body),
            area=denied["area"],
            operator=denied["op"],
            business_object=denied["bo"],
            table=table,
        )
    if during_logon:
        return AuthFailed(_first_line(body))
    return ServerErrorText(_first_line(body))


def _first_line(text: str, limit: int = 500) -> str:
    line = text.splitlines()[0] if text else ""
    return line[:limit]


# --- Scrubbing -------------------------------------------------------------------------------

_SECRET_PARAMS_RE = re.compile(
    r"(?i)((?:OperatorPassword|CompanyPassword|UserId|Password)=)[^&\s'\")]*"
)


class Scrubber:
    """Replaces known secrets and secret-looking URL parameters with ***."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first so a secret that contains another is replaced whole.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 3}, key=len, reverse=True)

    def add(self, secret: str | None) -> None:
        if secret and len(secret) >= 3 and secret not in self._secrets:
            self._secrets = sorted([*self._secrets, secret], key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _SECRET_PARAMS_RE.sub(r"\1***", text)


def network_cause(exc: BaseException) -> tuple[str, str] | None:
    """("dns" | "refused" | "timeout" | "tls", detail) for a failure to reach a server, found
    anywhere in the exception's causes (requests and urllib3 wrap them several times)."""
    for link in _links(exc):
        if isinstance(link, ssl.SSLCertVerificationError):
            return "tls", str(link.verify_message or link.reason or link)
        if isinstance(link, ssl.SSLError):
            return "tls", str(link.reason or link)
        if isinstance(link, socket.gaierror):
            return "dns", str(link.strerror or link)
        if isinstance(link, ConnectionRefusedError):
            return "refused", ""
        if type(link).__name__ in ("ConnectTimeoutError", "ConnectTimeout"):
            return "timeout", ""  # connecting; a read timeout is an answer that came too late
    return None


def _links(exc: BaseException) -> list[BaseException]:
    """An exception and everything it wraps: causes, contexts, `reason` and exception args."""
    found: list[BaseException] = []
    waiting: list[BaseException] = [exc]
    while waiting and len(found) < 30:
        current = waiting.pop(0)
        if any(current is seen for seen in found):
            continue
        found.append(current)
        nested = [current.__cause__, current.__context__, getattr(current, "reason", None),
                  *current.args]
        waiting.extend(n for n in nested if isinstance(n, BaseException))
    return found


def describe_exception(exc: BaseException) -> list[str]:
    """`Type: message` for an exception and each of its causes, outermost first."""
    links: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(links) < 10:
        seen.add(id(current))
        links.append(f"{type(current).__name__}: {current}")
        current = current.__cause__ or current.__context__
    return links
