"""The chaos suite's database outage: the proxy refuses new connections and drops live ones
while cut, and forwards again, on the same port, once restored."""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from tests.chaos.tcp_proxy import TcpProxy


class Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(1024):
            self.request.sendall(data)


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    running = TcpProxy(server.server_address[:2])  # type: ignore[arg-type]
    yield running
    running.stop()
    server.shutdown()
    server.server_close()


def echo(conn: socket.socket, text: bytes) -> bytes:
    conn.sendall(text)
    return conn.recv(1024)


def test_cut_refuses_and_drops_then_restore_forwards(proxy: TcpProxy) -> None:
    live = socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
    assert echo(live, b"before") == b"before"

    with proxy.down() as dropped:
        assert dropped == 1
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
        try:
            answer = echo(live, b"during")
        except OSError:
            answer = b""
        assert answer == b"", "a connection made before the cut still carries data"

    again = socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
    assert echo(again, b"after") == b"after"
    again.close()
    live.close()
