"""Test connection in plain language, grouped by what the user wants, over real HTTP: the SYSPRO
sandbox (with its limited operator), a name that does not resolve, a closed port, a server that
never accepts, and a TLS server whose certificate nobody trusts."""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from syspro.connection_report import GroupResult, summarize
from syspro.connection_test import run_connection_test


def _groups(settings, redis_conn, cipher, connection_id: str) -> dict[str, GroupResult]:
    steps = run_connection_test(settings, redis_client=redis_conn, cipher=cipher,
                                connection_id=connection_id)
    return {g.group: g for g in summarize(steps, finished=True)}


def _connection_line(settings, redis_conn, cipher, connection_id: str) -> str:
    groups = _groups(settings, redis_conn, cipher, connection_id)
    first = groups.pop("Connection to SYSPRO")
    assert first.ok is False
    assert all(g.ok is None and "not checked" in g.detail for g in groups.values())
    return first.line()


def test_full_rights_show_every_group_working(fresh_syspro_sandbox, settings, redis_conn, cipher):
    groups = _groups(settings, redis_conn, cipher, "r1")
    assert all(g.ok for g in groups.values()), [g.line() for g in groups.values() if not g.ok]
    assert list(groups)[:3] == ["Connection to SYSPRO", "OData", "Supplier invoices"]
    for wanted in ("Purchase orders", "Goods receipts", "Customer invoices", "Suppliers",
                   "Customers", "Write-back to suppliers", "Write-back to customers"):
        assert groups[wanted].ok, wanted
    assert groups["Supplier invoices"].detail == "readable through OData"


def test_a_limited_operator_is_told_what_to_ask_for(fresh_syspro_sandbox, settings, redis_conn,
                                                    cipher):
    viewer = settings.with_changes(operator="VIEWER", odata_url=None)
    groups = _groups(viewer, redis_conn, cipher, "r2")
    assert groups["Supplier invoices"].line() == "Supplier invoices ✔ — readable through e.net"
    assert groups["Suppliers"].ok and groups["Purchase orders"].ok
    invoices = groups["Customer invoices"].line()
    assert invoices.startswith("Customer invoices ✘ — operator VIEWER may not read ArInvoice "
                               "(ask your SYSPRO administrator to give operator VIEWER access "
                               "to the ArInvoice table")
    assert not groups["Customers"].ok and "ArCustomer" in groups["Customers"].detail
    write_back = groups["Write-back to suppliers"].line()
    assert write_back.startswith("Write-back to suppliers ✘ — operator VIEWER may not use "
                                 "business object APSSSP, supplier maintenance (ask your "
                                 "SYSPRO administrator to grant operator VIEWER access to APSSSP")
    assert "ARSSCS" in groups["Write-back to customers"].detail


def test_an_unknown_host_name_says_dns(settings, redis_conn, cipher):
    line = _connection_line(settings.with_changes(server_url="http://syspro.invalid:20001"),
                            redis_conn, cipher, "r3")
    assert line.startswith("Connection to SYSPRO ✘ — cannot reach syspro.invalid port 20001: "
                           "DNS name not found")


def test_a_closed_port_says_refused(settings, redis_conn, cipher):
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once closed: nothing listens there
    line = _connection_line(settings.with_changes(server_url=f"http://127.0.0.1:{port}"),
                            redis_conn, cipher, "r4")
    assert f"cannot reach 127.0.0.1 port {port}: connection refused" in line


@contextmanager
def _never_accepting() -> Iterator[int]:
    """A port whose accept queue is full: the kernel drops further connection attempts."""
    with closing(socket.socket()) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        fillers = [socket.socket() for _ in range(4)]
        for filler in fillers:
            filler.setblocking(False)
            filler.connect_ex(server.getsockname())
        time.sleep(0.1)
        try:
            yield server.getsockname()[1]
        finally:
            for filler in fillers:
                filler.close()


def test_a_server_that_never_answers_says_timed_out(settings, redis_conn, cipher):
    with _never_accepting() as port:
        started = time.monotonic()
        line = _connection_line(
            settings.with_changes(server_url=f"http://127.0.0.1:{port}", connect_timeout=1.0),
            redis_conn, cipher, "r5")
    assert f"cannot reach 127.0.0.1 port {port}: timed out" in line
    assert time.monotonic() - started < 10


def _self_signed(directory: Path) -> tuple[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


@contextmanager
def _https_server(tmp_path: Path) -> Iterator[int]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*_self_signed(tmp_path))
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_an_untrusted_certificate_says_tls(settings, redis_conn, cipher, tmp_path):
    with _https_server(tmp_path) as port:
        line = _connection_line(settings.with_changes(server_url=f"https://127.0.0.1:{port}"),
                                redis_conn, cipher, "r6")
    assert f"cannot reach 127.0.0.1 port {port}: TLS certificate not trusted: " in line
    assert "self-signed certificate" in line


def test_groups_appear_as_they_complete(fresh_syspro_sandbox, settings, redis_conn, cipher):
    steps = run_connection_test(settings.with_changes(odata_url=None), redis_client=redis_conn,
                                cipher=cipher, connection_id="r7")
    partial = [g.group for g in summarize(steps[:3], finished=False)]
    assert partial == ["Connection to SYSPRO"]
    assert len(summarize(steps, finished=False)) > len(partial)
