"""A TCP proxy that can be cut: the database "unreachable" as a network makes it.

Every process of the chaos stack reaches PostgreSQL through this proxy. `cut()` closes the
listening socket (a new connection is refused at once, as from a host whose server is down)
and closes every live connection in both directions (a query in flight fails, a pooled
connection is dead when next used); `restore()` listens again on the same port. Stdlib sockets
and threads only: two pump threads per connection, one accept thread.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

CHUNK = 65536


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target`. Invariant: while cut, nothing is forwarded and
    no connection made before the cut carries another byte."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self._lock = threading.Lock()
        self._live: set[socket.socket] = set()
        self._open = True  # False while cut: a connection accepted in the race is closed
        self._listener = self._listen(0)
        self.port: int = self._listener.getsockname()[1]
        self._start_accepting()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _listen(self, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        return listener

    def _start_accepting(self) -> None:
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True,
                         name=f"tcp-proxy-accept-{self.port}").start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed: cut or stopped
            try:
                upstream = socket.create_connection(self.target, timeout=10)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self._lock:
                if not self._open:
                    client.close()
                    upstream.close()
                    continue
                self._live.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(CHUNK):
                sink.sendall(data)
        except OSError:
            pass  # reset, or closed by cut(): the other pump ends too
        finally:
            self._close(source, sink)

    def _close(self, *sockets: socket.socket) -> None:
        for sock in sockets:
            with self._lock:
                self._live.discard(sock)
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def cut(self) -> int:
        """Refuse new connections and drop the live ones; returns how many were dropped."""
        try:  # wakes the accept thread; close() alone would leave the port listening
            self._listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            self._open = False
            live = list(self._live)
        self._close(*live)
        return len(live) // 2

    def restore(self) -> None:
        """Accept connections again, on the same port."""
        self._listener = self._listen(self.port)
        with self._lock:
            self._open = True
        self._start_accepting()

    @contextmanager
    def down(self) -> Iterator[int]:
        """Cut for the block's duration; yields how many connections were dropped."""
        dropped = self.cut()
        try:
            yield dropped
        finally:
            self.restore()

    def stop(self) -> None:
        self.cut()
