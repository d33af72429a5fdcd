"""The SYSPRO sandbox HTTP server: e.net REST, OData and /_sandbox/ control, one WSGI app.

make_app() builds it, serve() blocks, start_in_thread() runs it on a free port for tests, the
benchmark and the demo.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from sandbox.syspro import control_api, enet_api, odata_api
from sandbox.syspro.data import DataStore
from sandbox.syspro.render import XML_DECLARATION, encode
from sandbox.syspro.seed import SeedSize, generate
from sandbox.syspro.state import SandboxState

REST_PREFIX = "/sysprowcfservice/rest"


class SandboxApp:
    """WSGI callable; `state` is reachable for in-process tests."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request(environ)
        response = self.dispatch(request, environ)
        return response(environ, start_response)

    def dispatch(self, request: Request, environ: dict[str, Any]) -> Response:
        self.state.requests_seen += 1
        path = request.path
        lowered = path.lower()  # e.net path matching is case-insensitive
        if lowered.startswith("/_sandbox/"):
            return control_api.handle(self.state, path[len("/_sandbox/"):], request)
        if lowered.startswith(REST_PREFIX + "/"):
            scope = "enet"
        elif lowered.startswith(odata_api.ODATA_PREFIX.lower()):
            scope = "odata"
        else:
            return Response("Not found", status=404)
        fault = self.state.faults.take(scope, path)
        if fault is not None:
            faulted = self._apply_fault(fault, scope, environ)
            if faulted is not None:
                return faulted
        args = request.args.to_dict()
        if scope == "enet":
            return enet_api.handle(self.state, lowered[len(REST_PREFIX):], args)
        base_url = request.host_url.rstrip("/")
        return odata_api.handle(self.state, path[len(odata_api.ODATA_PREFIX):], args, base_url,
                                request.headers.get("Authorization"))

    def _apply_fault(self, fault: Any, scope: str, environ: dict[str, Any]) -> Response | None:
        if fault.kind == "slow":
            time.sleep(fault.delay)
            return None
        if fault.kind == "error500":
            return Response("Internal Server Error", status=500)
        if fault.kind == "malformed":
            if scope == "odata":
                return Response('{"value": [{"Supplier": ', content_type="application/json")
            return Response(encode(XML_DECLARATION + "<ApInvoice><Row><Supplier>0001</Row>"),
                            content_type="application/octet-stream")
        if fault.kind == "expire_session":
            self.state.sessions.expire()
            return None
        if fault.kind == "bo_unavailable":
            return enet_api.text_response(
                "ERROR: e.net exception 100000: the business object could not be loaded")
        if fault.kind == "drop":
            sock = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            return Response(b"", status=200)
        return None


def make_app(data_dir: Path | None = None, *, size: SeedSize | None = None,
             **options: Any) -> SandboxApp:
    """The sandbox WSGI app over a JSON table folder, or over the generated seed.

    options: company_id, company_password, odata_row_cap, odata_next_link,
    session_idle_seconds, evict_on_second_logon.
    """
    pristine = None if data_dir else generate(size)

    def load() -> DataStore:
        # A reset copies the generated seed instead of generating it again (fast in tests).
        if pristine is None:
            return DataStore.from_folder(data_dir)  # type: ignore[arg-type]
        return DataStore({name: [dict(r) for r in rows] for name, rows in pristine.items()})

    idle = options.pop("session_idle_seconds", None)
    evict = options.pop("evict_on_second_logon", None)
    state = SandboxState(data=load(), make_data=load, **options)
    if idle is not None:
        state.sessions.idle_seconds = float(idle)
    if evict is not None:
        state.sessions.evict_on_second_logon = bool(evict)
    return SandboxApp(state)


class _QuietHandler(WSGIRequestHandler):
    server_version = "Microsoft-HTTPAPI/2.0"  # what e.net's HTTP.sys host answers
    sys_version = ""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass


def _server(app: SandboxApp, host: str, port: int) -> BaseWSGIServer:
    return make_server(host, port, app, threaded=True, request_handler=_QuietHandler)


def serve(host: str = "127.0.0.1", port: int = 8085, data_dir: Path | None = None,
          **options: Any) -> None:
    """Run the sandbox until interrupted."""
    server = _server(make_app(data_dir, **options), host, port)
    print(f"SYSPRO sandbox on http://{host}:{server.port}  (e.net /SYSPROWCFService/Rest, "
          f"OData {odata_api.ODATA_PREFIX}/DEMO)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@dataclass
class RunningSandbox:
    base_url: str
    app: SandboxApp
    stop: Callable[[], None]

    @property
    def rest_base_path(self) -> str:
        return "/SYSPROWCFService/Rest"

    @property
    def odata_url(self) -> str:
        return f"{self.base_url}{odata_api.ODATA_PREFIX}/{self.app.state.company_id}"


def start_in_thread(data_dir: Path | None = None, *, host: str = "127.0.0.1",
                    **options: Any) -> RunningSandbox:
    """Start on a free port in a daemon thread; returns the base URL and a stop function."""
    app = make_app(data_dir, **options)
    server = _server(app, host, 0)
    thread = threading.Thread(target=server.serve_forever, name="syspro-sandbox", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return RunningSandbox(f"http://{host}:{server.port}", app, stop)
