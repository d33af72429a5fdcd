"""The outbound-URL guard: resolve, check every address, connect to exactly what was checked.

A local TCP listener on 127.0.0.1 stands for an internal service. Every spelling of a refused
address must be refused before any socket connects (seen through Python's audit events and the
listener's accept count), with one text whatever the address or whether the port is open.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from syspro import urlguard
from syspro.errors import TransportError, UnsafeServerUrl
from syspro.settings import ConnectionSettings
from syspro.transport import HttpTransport
from syspro.urlguard import (
    REFUSED,
    AddressPolicy,
    check_server_address,
    guarded_session,
)

PUBLIC_IP = "93.184.215.14"  # a public address; never actually connected to in these tests

# --- seeing every socket connect ------------------------------------------------------------

_connects: list[Any] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "socket.connect" and _connects is not None:
        _connects.append(args[1])


def _to(connects: list[Any], port: int) -> list[Any]:
    """The connects made to `port` (other threads of the process may connect elsewhere)."""
    return [a for a in connects if isinstance(a, tuple) and len(a) > 1 and a[1] == port]


sys.addaudithook(_audit)


@pytest.fixture
def connects() -> Iterator[list[Any]]:
    """Addresses sockets connected to while the test runs (all threads of this process)."""
    global _connects
    _connects = []
    try:
        yield _connects
    finally:
        _connects = None


class Listener:
    """A TCP port that accepts and counts connections (an internal service to probe)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    running = Listener()
    yield running
    running.sock.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, Callable[[], list[str]]]) -> None:
    """Resolve the given names to the given addresses; everything else as the system does."""
    real = urlguard.getaddrinfo

    def resolve(host: str, port: int) -> list[tuple[Any, ...]]:
        if host not in answers:
            return real(host, port)
        found = []
        for address in answers[host]():
            ip = ipaddress.ip_address(address)
            family = socket.AF_INET if ip.version == 4 else socket.AF_INET6
            sockaddr = (address, port) if ip.version == 4 else (address, port, 0, 0)
            found.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
        return found

    monkeypatch.setattr(urlguard, "getaddrinfo", resolve)


# --- every spelling refused, before any socket ------------------------------------------------

LOOPBACK_SPELLINGS = [
    "127.0.0.1", "127.1", "2130706433", "0177.0.0.1", "017700000001", "0x7f.0.0.1",
    "0x7f000001", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]",
    "[2002:7f00:1::1]", "[64:ff9b::7f00:1]", "[0:0:0:0:0:0:0:1]", "localhost",
    "localhost.", "internal.example",
]
NEVER_SPELLINGS = [
    "0.0.0.0", "[::]", "0", "169.254.169.254", "[fe80::1]", "[fec0::1]", "224.0.0.1",
    "[ff02::1]", "240.0.0.1", "100.100.100.200", "[fd00:ec2::254]", "192.0.0.192",
    "[::ffff:169.254.169.254]", "[2002:a9fe:a9fe::1]", "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",
]
PRIVATE_SPELLINGS = ["10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1", "[fd12:3456::1]",
                     "[::ffff:10.0.0.1]", "[2002:a00:1::1]", "[64:ff9b::a00:1]", "167772161"]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS + NEVER_SPELLINGS + PRIVATE_SPELLINGS)
def test_every_spelling_is_refused_before_any_socket(host, listener, connects, monkeypatch):
    fake_dns(monkeypatch, {"internal.example": lambda: ["127.0.0.1"]})
    with guarded_session(AddressPolicy()) as http, pytest.raises(UnsafeServerUrl) as refused:
        http.get(f"http://{host}:{listener.port}/", timeout=2)
    assert str(refused.value) == REFUSED
    assert _to(connects, listener.port) == [] and listener.accepted == 0


@pytest.mark.parametrize("host", NEVER_SPELLINGS)
def test_never_allowed_whatever_the_deployment_allows(host, listener, connects):
    policy = AddressPolicy(allow_private_networks=True, allow_loopback=True)
    with guarded_session(policy) as http, pytest.raises(UnsafeServerUrl):
        http.get(f"http://{host}:{listener.port}/", timeout=2)
    assert _to(connects, listener.port) == [] and listener.accepted == 0


@pytest.mark.parametrize("address", [
    "8.8.8.8", "2606:4700:4700::1111", "2002:808:808::1", "64:ff9b::808:808",
    "::ffff:8.8.8.8",
])
def test_public_addresses_pass(address):
    assert AddressPolicy().permits(ipaddress.ip_address(address))


def test_settings_open_exactly_their_ranges():
    private = AddressPolicy(allow_private_networks=True)
    loopback = AddressPolicy(allow_loopback=True)
    for address in ("10.0.0.1", "fd12::1", "::ffff:192.168.0.1", "2002:a00:1::1"):
        ip = ipaddress.ip_address(address)
        assert private.permits(ip) and not loopback.permits(ip)
    for address in ("127.0.0.1", "::1", "::ffff:127.0.0.1", "2002:7f00:1::1"):
        ip = ipaddress.ip_address(address)
        assert loopback.permits(ip) and not private.permits(ip)


def test_loopback_allowed_where_the_deployment_says_so(listener):
    with guarded_session(AddressPolicy(allow_loopback=True)) as http:
        with pytest.raises(requests.ConnectionError):  # the listener closes without answering
            http.get(f"http://127.0.0.1:{listener.port}/", timeout=2)
    assert listener.accepted == 1


# --- no port oracle ---------------------------------------------------------------------------


def test_open_and_closed_ports_give_the_same_error(listener, connects, monkeypatch):
    fake_dns(monkeypatch, {"internal.example": lambda: ["127.0.0.1"]})
    messages = set()
    for host in ("127.0.0.1", "internal.example", "10.1.2.3"):
        for port in (listener.port, _closed_port()):
            settings = ConnectionSettings(server_url=f"http://{host}:{port}", operator="A",
                                          connect_timeout=1, max_retries=0)
            transport = HttpTransport(settings)
            with pytest.raises(UnsafeServerUrl) as refused:
                transport.request("GET", f"http://{host}:{port}/SYSPROWCFService/Rest/x")
            messages.add((refused.value.message, refused.value.chain))
            transport.close()
    assert messages == {(REFUSED, (REFUSED,))}
    assert _to(connects, listener.port) == [] and listener.accepted == 0


# --- DNS rebinding -----------------------------------------------------------------------------


def test_rebinding_between_check_and_connect_is_refused(listener, connects, monkeypatch):
    answers = iter([[PUBLIC_IP], ["127.0.0.1"], ["127.0.0.1"]])
    fake_dns(monkeypatch, {"rebind.example": lambda: next(answers)})
    url = f"http://rebind.example:{listener.port}/"
    check_server_address(url, AddressPolicy())  # first answer: public, allowed
    with guarded_session(AddressPolicy()) as http, pytest.raises(UnsafeServerUrl):
        http.get(url, timeout=2)  # second answer: loopback, refused at the socket
    assert _to(connects, listener.port) == [] and listener.accepted == 0


def test_a_name_with_one_refused_address_is_refused_whole(listener, connects, monkeypatch):
    fake_dns(monkeypatch, {"mixed.example": lambda: [PUBLIC_IP, "127.0.0.1"]})
    for check in (
        lambda: check_server_address(f"http://mixed.example:{listener.port}", AddressPolicy()),
        lambda: guarded_session(AddressPolicy()).get(
            f"http://mixed.example:{listener.port}/", timeout=2),
    ):
        with pytest.raises(UnsafeServerUrl):
            check()
    assert _to(connects, listener.port) == [] and listener.accepted == 0


def test_connects_to_the_address_it_checked(listener, connects, monkeypatch):
    seen = []
    fake_dns(monkeypatch, {"svc.example": lambda: seen.append(1) or ["127.0.0.1"]})
    with guarded_session(AddressPolicy(allow_loopback=True)) as http:
        with pytest.raises(requests.ConnectionError):
            http.get(f"http://svc.example:{listener.port}/", timeout=2)
    assert len(seen) == 1, "resolved once: the checked answer is the one connected to"
    assert _to(connects, listener.port) == [("127.0.0.1", listener.port)]
    assert listener.accepted == 1


def test_unresolvable_name_is_a_transport_error(monkeypatch):
    def fail(host: str, port: int) -> list[tuple[Any, ...]]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(urlguard, "getaddrinfo", fail)
    with pytest.raises(TransportError, match="could not be resolved"):
        check_server_address("https://nowhere.example:443", AddressPolicy())


# --- TLS by IP still verifies the name --------------------------------------------------------


def _self_signed(tmp_path: Path, name: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[dict[str, Any]]:
    cert, key = _self_signed(tmp_path, "syspro.test")
    seen: dict[str, Any] = {"hosts": [], "sni": [], "cert": str(cert)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            seen["hosts"].append(self.headers["Host"])
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: seen["sni"].append(name)  # type: ignore[assignment,misc]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    seen["port"] = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield seen
    server.shutdown()


def test_tls_checks_the_name_while_connecting_to_the_pinned_ip(https_server, monkeypatch):
    fake_dns(monkeypatch, {"syspro.test": lambda: ["127.0.0.1"],
                           "other.test": lambda: ["127.0.0.1"]})
    port = https_server["port"]
    with guarded_session(AddressPolicy(allow_loopback=True)) as http:
        answer = http.get(f"https://syspro.test:{port}/", verify=https_server["cert"], timeout=5)
        assert answer.text == "ok"
        assert https_server["hosts"] == [f"syspro.test:{port}"]
        assert https_server["sni"] == ["syspro.test"]
        with pytest.raises(requests.exceptions.SSLError, match="match|mismatch"):
            http.get(f"https://other.test:{port}/", verify=https_server["cert"], timeout=5)
        with pytest.raises(requests.exceptions.SSLError):
            http.get(f"https://syspro.test:{port}/", timeout=5)  # self-signed: unknown CA
    assert https_server["hosts"] == [f"syspro.test:{port}"]
