"""Server-URL safety: the SYSPRO URL is typed in by a customer, so it must not reach us.

Two checks. `check_server_url` refuses bad schemes, credentials in the URL and literal addresses
in forbidden ranges before anything is sent. `GuardedAdapter` then checks the address each socket
actually connected to (after DNS, so a name that resolves to 169.254.169.254 or rebinds between
checks is still refused). Private ranges are allowed only where the deployment says so
(on-premise SYSPRO behind a VPN); loopback only for local sandboxes and tests.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from syspro.errors import UnsafeServerUrl

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud metadata endpoints outside the link-local range (link-local covers 169.254.169.254).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("100.100.100.200", "192.0.0.192", "fd00:ec2::254")
)
PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)


@dataclass(frozen=True)
class AddressPolicy:
    allow_private_networks: bool = False
    allow_loopback: bool = False

    def check_ip(self, address: str) -> None:
        """Raise UnsafeServerUrl unless this IP may be connected to."""
        try:
            ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            raise UnsafeServerUrl(f"not an IP address: {address!r}") from None
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        reason = self._refusal(ip)
        if reason:
            raise UnsafeServerUrl(f"server address {ip} refused: {reason}")

    def _refusal(self, ip: IPAddress) -> str | None:
        if ip in METADATA_ADDRESSES:
            return "cloud metadata address"
        if ip.is_loopback:
            return None if self.allow_loopback else "loopback address"
        if ip.is_link_local:
            return "link-local address (includes cloud metadata)"
        if ip.is_unspecified or ip.is_multicast or ip.is_reserved:
            return "unspecified, multicast or reserved address"
        if any(ip in net for net in PRIVATE_NETWORKS) or ip.is_private:
            return None if self.allow_private_networks else "private network not allowed here"
        return None


def check_server_url(url: str, policy: AddressPolicy) -> None:
    """Refuse a URL before use: scheme, credentials, host and literal IP addresses."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeServerUrl(f"invalid server URL: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UnsafeServerUrl("server URL must use http or https")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise UnsafeServerUrl("server URL must not contain credentials")
    host = parts.hostname
    if not host:
        raise UnsafeServerUrl("server URL has no host")
    if port == 0:
        raise UnsafeServerUrl("server URL has port 0")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        if host.rstrip(".").lower() == "localhost" and not policy.allow_loopback:
            raise UnsafeServerUrl("server address localhost refused: loopback address") from None
        return  # a name: checked against the address actually connected to
    policy.check_ip(host)


def _checked_socket(connection: HTTPConnection, policy: AddressPolicy, sock: Any) -> Any:
    try:
        policy.check_ip(sock.getpeername()[0])
    except UnsafeServerUrl:
        sock.close()
        raise
    return sock


class _GuardedHTTPConnection(HTTPConnection):
    policy = AddressPolicy()

    def _new_conn(self) -> Any:
        return _checked_socket(self, self.policy, super()._new_conn())


class _GuardedHTTPSConnection(HTTPSConnection):
    policy = AddressPolicy()

    def _new_conn(self) -> Any:
        return _checked_socket(self, self.policy, super()._new_conn())


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose sockets are checked against an AddressPolicy once connected."""

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
        # A proxy would make the checked peer the proxy, not SYSPRO.
        raise UnsafeServerUrl("proxies are not supported for SYSPRO connections")
