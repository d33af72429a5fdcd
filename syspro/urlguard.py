"""Outbound-URL safety: URLs typed by a customer (the SYSPRO server, OData) or handed over by
monday (custom-trigger webhook URLs) must not reach us, our cloud's metadata or our network.

Resolve, check, then connect to exactly what was checked. `GuardedAdapter` resolves the host
itself, refuses the whole name when ANY of its addresses is not allowed, and opens the socket to
one of the checked addresses; the Host header, TLS SNI and certificate check keep using the name.
Nothing is resolved twice between check and connect, so DNS rebinding has no window, and a
refused address is refused before any socket exists, with one text for every refused address,
so open and closed ports (or private and loopback targets) cannot be told apart.

Private ranges are allowed only where the deployment says so (on-premise SYSPRO behind a VPN);
loopback only for local sandboxes and tests. Cloud metadata, link-local, site-local, multicast,
reserved and unspecified addresses never, nor IPv6 forms embedding a refused IPv4 address
(IPv4-mapped, IPv4-compatible, 6to4, Teredo, NAT64).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

from syspro.errors import TransportError, UnsafeServerUrl

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
SockAddr = tuple[Any, ...]

# One text for every refused address, whatever the reason: a different text per reason (or a
# connection attempt before refusing) would let a user map our network through error messages.
REFUSED = (
    "address refused: only public addresses may be reached (private networks and loopback "
    "only where this deployment allows them)"
)
# Cloud metadata endpoints outside the link-local range (link-local covers 169.254.169.254).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("100.100.100.200", "192.0.0.192", "fd00:ec2::254")
)
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)
# NAT64 prefixes (RFC 6052 well-known, RFC 8215 local-use): the last 32 bits are the IPv4 target.
NAT64_NETWORKS = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "64:ff9b:1::/48"))
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
MAX_ADDRESSES_TRIED = 3  # a name with many addresses must not multiply the connect timeout


def _resolve(host: str, port: int) -> list[tuple[Any, ...]]:
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


# The resolver the guard uses; tests replace it to play DNS (rebinding, names for 127.0.0.1).
getaddrinfo: Callable[[str, int], list[tuple[Any, ...]]] = _resolve


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address stands for or carries (mapped, compatible, 6to4, ...)."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if any(ip in net for net in NAT64_NETWORKS) or (ip in IPV4_COMPATIBLE and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


@dataclass(frozen=True)
class AddressPolicy:
    allow_private_networks: bool = False
    allow_loopback: bool = False

    def check_ip(self, address: str) -> None:
        """Raise UnsafeServerUrl (always the same text) unless this IP may be connected to."""
        try:
            ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            raise UnsafeServerUrl(REFUSED) from None
        if not self.permits(ip):
            raise UnsafeServerUrl(REFUSED)

    def permits(self, ip: IPAddress) -> bool:
        if isinstance(ip, ipaddress.IPv6Address):
            embedded = embedded_ipv4(ip)
            if not all(self._permits_one(v4) for v4 in embedded):
                return False
            if ip.ipv4_mapped is not None or any(ip in net for net in NAT64_NETWORKS):
                return True  # the packet goes to the embedded IPv4 address, checked above
        return self._permits_one(ip)

    def _permits_one(self, ip: IPAddress) -> bool:
        if ip in METADATA_ADDRESSES:
            return False
        if ip.is_loopback:
            return self.allow_loopback
        if any(ip in net for net in PRIVATE_NETWORKS):
            return self.allow_private_networks
        if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
            return False  # fec0::/10: deprecated, but still routed inside some networks
        if ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified:
            return False
        # is_global is False for the rest of the special-purpose ranges (0/8, 192.0.0/24,
        # documentation, benchmarking, 240/4, Teredo's 2001::/32, ...).
        return ip.is_global


def _refuse_localhost_name(host: str, policy: AddressPolicy) -> None:
    # RFC 6761: these names are loopback wherever they resolve (or fail to).
    name = host.rstrip(".").lower()
    if (name == "localhost" or name.endswith(".localhost")) and not policy.allow_loopback:
        raise UnsafeServerUrl(REFUSED)


def literal_refusal(host: str, policy: AddressPolicy) -> tuple[str, str | None] | None:
    """Why `policy` refuses a literal address or localhost name, for saying so when the URL is
    saved: (what it is, the policy flag that would allow it or None when nothing does).

    None when allowed, and for every other name: names are judged when resolved, at connect
    time, where the answer stays the uniform REFUSED. Explaining a literal tells the user
    nothing about our network: they typed the address, no socket was opened.
    """
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return None if policy.allow_loopback else ("a loopback name", "allow_loopback")
    try:
        ip: IPAddress = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return None
    if policy.permits(ip):
        return None
    for flag, what in (("allow_loopback", "a loopback address"),
                       ("allow_private_networks", "a private-network address")):
        if AddressPolicy(**{**vars(policy), flag: True}).permits(ip):
            return what, flag
    return "an address that is never allowed (link-local, metadata, reserved or the like)", None


def resolve_checked(host: str, port: int, policy: AddressPolicy) -> list[tuple[int, SockAddr]]:
    """Every (family, sockaddr) `host` resolves to, or UnsafeServerUrl if any one is refused.

    socket.gaierror passes through when the name does not resolve. Numeric spellings that the
    C library accepts (2130706433, 0x7f.1, 0177.0.0.1) resolve like any name and are checked.
    """
    _refuse_localhost_name(host, policy)
    found: list[tuple[int, SockAddr]] = []
    for family, _type, _proto, _canon, sockaddr in getaddrinfo(host.strip("[]"), port):
        if family not in (socket.AF_INET, socket.AF_INET6):
            raise UnsafeServerUrl(REFUSED)
        policy.check_ip(str(sockaddr[0]))
        if (family, sockaddr) not in found:
            found.append((family, sockaddr))
    if not found:
        raise socket.gaierror(socket.EAI_NONAME, "name resolves to no address")
    return found


def _url_parts(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, or UnsafeServerUrl for shapes never allowed."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeServerUrl(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeServerUrl("URL must use http or https")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeServerUrl("URL must not contain credentials")
    host = parts.hostname
    if not host:
        raise UnsafeServerUrl("URL has no host")
    if port == 0:
        raise UnsafeServerUrl("URL has port 0")
    return scheme, host, port or (443 if scheme == "https" else 80)


def check_server_url(url: str, policy: AddressPolicy) -> None:
    """Cheap checks before a request: scheme, credentials, host, literal addresses.

    Names are resolved and checked when the socket is opened (GuardedAdapter), once, so the
    address checked is the address connected to.
    """
    _scheme, host, _port = _url_parts(url)
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        _refuse_localhost_name(host, policy)
        return
    policy.check_ip(host)


def check_server_address(url: str, policy: AddressPolicy) -> None:
    """check_server_url plus resolving the name and checking every address (Test connection)."""
    check_server_url(url, policy)
    _scheme, host, port = _url_parts(url)
    try:
        resolve_checked(host, port, policy)
    except (socket.gaierror, UnicodeError) as exc:
        raise TransportError(f"host name {host!r} could not be resolved", cause="dns",
                             cause_detail=str(getattr(exc, "strerror", "") or exc)) from None


def _open_socket(connection: HTTPConnection, targets: Sequence[tuple[int, SockAddr]]) -> Any:
    """Connect to the first checked address that answers; urllib3's errors on failure."""
    error: Exception | None = None
    reason: OSError | None = None  # kept as the cause: it says refused, unreachable, ...
    for family, sockaddr in targets[:MAX_ADDRESSES_TRIED]:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            for option in connection.socket_options or ():
                sock.setsockopt(*option)
            if isinstance(connection.timeout, int | float):
                sock.settimeout(connection.timeout)
            if connection.source_address:
                sock.bind(connection.source_address)
            sock.connect(sockaddr)
            return sock
        except TimeoutError as exc:
            sock.close()
            reason = exc
            error = ConnectTimeoutError(
                connection, f"Connection to {connection.host} timed out. "
                f"(connect timeout={connection.timeout})"
            )
        except OSError as exc:
            sock.close()
            reason = exc
            error = NewConnectionError(connection, f"Failed to establish a new connection: {exc}")
    assert error is not None
    raise error from reason


def _pinned_socket(connection: HTTPConnection, policy: AddressPolicy) -> Any:
    # _dns_host keeps a trailing dot (an absolute name); `host` (Host, SNI) drops it.
    name = getattr(connection, "_dns_host", connection.host)
    try:
        targets = resolve_checked(name, connection.port or 0, policy)
    except (socket.gaierror, UnicodeError) as exc:
        raise NameResolutionError(connection.host, connection, exc) from exc  # type: ignore[arg-type]
    return _open_socket(connection, targets)


class _GuardedHTTPConnection(HTTPConnection):
    policy = AddressPolicy()

    def _new_conn(self) -> Any:
        return _pinned_socket(self, self.policy)


class _GuardedHTTPSConnection(HTTPSConnection):
    """TLS is wrapped by urllib3 after _new_conn with server_hostname = self.host (the name),
    so SNI and the certificate check are for the name even though the socket went to an IP."""

    policy = AddressPolicy()

    def _new_conn(self) -> Any:
        return _pinned_socket(self, self.policy)


class GuardedAdapter(HTTPAdapter):
    """A requests adapter that resolves, checks every address, and connects to a checked one."""

    def __init__(self, policy: AddressPolicy, **kwargs: Any) -> None:
        self._policy = policy
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        policy = self._policy
        http_conn = type("GuardedHTTPConnection", (_GuardedHTTPConnection,), {"policy": policy})
        https_conn = type(
            "GuardedHTTPSConnection", (_GuardedHTTPSConnection,), {"policy": policy}
        )
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type(
                "GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}
            ),
        }

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        # A proxy would resolve and connect for us: the checked address would not be the target.
        raise UnsafeServerUrl("proxies are not supported for outbound connections")


def guarded_session(policy: AddressPolicy, **adapter_options: Any) -> requests.Session:
    """A requests.Session whose every connection goes through the guard, ignoring env proxies."""
    session = requests.Session()
    session.trust_env = False  # no env proxies or .netrc credentials
    adapter = GuardedAdapter(policy, **adapter_options)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
