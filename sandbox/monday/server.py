"""The monday sandbox's HTTP server: ``POST /v2`` (GraphQL), OAuth, apps framework, controls.

``make_app(**options)`` returns the WSGI app, ``serve(host, port, **options)`` blocks, and
``start_in_thread(**options)`` runs it on a free port for tests, benchmarks and the demo. The
options are `SandboxOptions` (options.py); the sandbox itself is `MondaySandbox` (instance.py).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, request
from werkzeug.serving import make_server

from sandbox.monday.instance import MondaySandbox
from sandbox.monday.options import SandboxOptions


def make_app(**options: Any) -> Flask:
    from sandbox.monday.apps_routes import apps_blueprint
    from sandbox.monday.board_page import board_page_blueprint
    from sandbox.monday.control import control_blueprint
    from sandbox.monday.ingest import ingest_blueprint
    from sandbox.monday.oauth import oauth_blueprint

    sandbox = MondaySandbox(SandboxOptions.from_kwargs(**options))
    app = Flask("sandbox.monday")
    app.extensions["monday_sandbox"] = sandbox

    @app.post("/v2")
    def graphql_endpoint() -> Response:
        arrived = sandbox.clock.now()  # before the body is read: calls count when they arrive
        headers = {k.lower(): v for k, v in request.headers.items()}
        status, body, response_headers = sandbox.handle(request.get_data(), headers,
                                                        arrived)
        return Response(json.dumps(body), status=status, headers=response_headers,
                        mimetype="application/json")

    app.register_blueprint(oauth_blueprint)
    app.register_blueprint(control_blueprint)
    app.register_blueprint(apps_blueprint)
    app.register_blueprint(board_page_blueprint)
    app.register_blueprint(ingest_blueprint)
    return app


@dataclass
class RunningSandbox:
    url: str
    app: Flask
    stop: Any

    @property
    def sandbox(self) -> MondaySandbox:
        return self.app.extensions["monday_sandbox"]

    @property
    def api_url(self) -> str:
        return f"{self.url}/v2"


def start_in_thread(host: str = "127.0.0.1", port: int = 0, **options: Any) -> RunningSandbox:
    """Serve on a free port in a daemon thread; returns the base URL and a stop function."""
    app = make_app(**options)
    # Request lines from werkzeug would drown test and benchmark output.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server(host, port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="monday-sandbox", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        app.extensions["monday_sandbox"].dispatcher.stop()
        app.extensions["monday_sandbox"].engine.stop()
        thread.join(timeout=5)

    return RunningSandbox(url=f"http://{host}:{server.server_port}", app=app, stop=stop)


def serve(host: str = "127.0.0.1", port: int = 8090, **options: Any) -> None:
    """Serve until interrupted."""
    app = make_app(**options)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server(host, port, app, threaded=True)
    print(f"monday sandbox on http://{host}:{server.server_port}/v2 (token: sandbox-token)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        app.extensions["monday_sandbox"].dispatcher.stop()
        app.extensions["monday_sandbox"].engine.stop()
