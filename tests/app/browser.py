"""Helpers for tests that drive the app over real HTTP: the app served live, the monday sandbox
acting as monday towards it, and headless Chromium.

The live server binds its port before the app exists, because the app must know its own public
URL (OAuth redirect_uri, the `aud` monday signs) when it is created.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from werkzeug.serving import make_server

from sandbox.monday.server import RunningSandbox, start_in_thread

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

# The same credentials as tests/app/conftest.py gives the app, so both sides agree.
CLIENT_ID = "test-client-id"
CLIENT_SECRET = "test-client-secret-0123456789abcdef"
SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
# One monday minute lasts half a real second: retries every 0.5 s, the 30-minute window 15 s.
CLOCK_SPEED = 120
SUBSCRIBE = "/monday/recipes/sync/subscribe"
UNSUBSCRIBE = "/monday/recipes/sync/unsubscribe"
CONNECTION = {
    "name": "main", "server_url": "https://syspro.example.com:20001", "operator": "ADMIN",
    "operator_password": "op-secret", "company_id": "EDU1", "company_password": "co-secret",
}
SYNC_FIELDS = {"boardId": 1001, "entity": "supplier_invoices",
               "interval": {"title": "15 minutes", "value": "15"}}
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # small /dev/shm in containers crashes tabs
    "--window-size=1100,1000",
)
APT_HINT = "apt-get install -y chromium chromium-driver"
# Collects what the page's scripts throw, from before the first script runs; a test reads
# `window.__pageErrors`.
CATCH_ERRORS = """
window.__pageErrors = [];
window.addEventListener("error", (e) => window.__pageErrors.push(String(e.message)));
window.addEventListener("unhandledrejection", (e) => window.__pageErrors.push(String(e.reason)));
"""


class LiveServer:
    """A WSGI app served by werkzeug on a free port of 127.0.0.1, in a daemon thread."""

    def __init__(self) -> None:
        self.app: WSGIApp | None = None
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self._server = make_server("127.0.0.1", 0, self._dispatch, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        # A short poll interval: shutdown() waits for it, once per test.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True, name="live-app")

    def _dispatch(self, environ: dict[str, Any], start_response: Callable[..., Any]
                  ) -> Iterable[bytes]:
        assert self.app is not None, "serve(app) first"
        return self.app(environ, start_response)

    def serve(self, app: WSGIApp) -> LiveServer:
        self.app = app
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()


class FlakyAnswers:
    """WSGI middleware standing in for a lossy network in front of the app.

    For the next `drop` requests to `path`, the app runs to completion (it commits) but the
    caller gets 502, as when a proxy drops the answer; `delay` (seconds) holds each of them
    before the app runs, so the caller times out. This is what makes monday retry.
    """

    def __init__(self, app: WSGIApp) -> None:
        self.app = app
        self.rules: dict[str, dict[str, float]] = {}
        self.seen: list[str] = []
        self._lock = threading.Lock()

    def add(self, path: str, drop: int = 1, delay: float = 0.0) -> None:
        with self._lock:
            self.rules[path] = {"drop": drop, "delay": delay}

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]
                 ) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        with self._lock:
            self.seen.append(path)
            rule = self.rules.get(path)
            flaky = rule is not None and rule["drop"] > 0
            if flaky:
                rule["drop"] -= 1
        if not flaky:
            return self.app(environ, start_response)
        time.sleep(rule["delay"])
        answer = self.app(environ, lambda *_args, **_kwargs: None)
        try:
            b"".join(answer)  # let the handler finish, as it would behind a proxy
        finally:
            getattr(answer, "close", lambda: None)()
        start_response("502 Bad Gateway", [("Content-Type", "text/plain")])
        return [b"bad gateway"]


# --- the app and monday, live ---------------------------------------------------------------


def start_sandbox(**options: Any) -> RunningSandbox:
    """The monday sandbox with the app's credentials (the tests' app_config uses these)."""
    return start_in_thread(**{"clock_speed": CLOCK_SPEED, "client_id": CLIENT_ID,
                              "client_secret": CLIENT_SECRET, "signing_secret": SIGNING_SECRET,
                              **options})


@dataclass
class Flow:
    """The live app, its network middleware and the sandbox, with shortcuts for both sides."""

    url: str
    app: Any
    network: FlakyAnswers
    sandbox: RunningSandbox

    def monday(self, path: str, **body: Any) -> dict[str, Any]:
        """Ask the sandbox to act as monday (POST /_sandbox/apps/...)."""
        answer = requests.post(f"{self.sandbox.url}/_sandbox/apps/{path}", json=body, timeout=30)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def lifecycle(self, event: str, account_id: int = 1, **extra: Any) -> dict[str, Any]:
        return self.monday("lifecycle", type=event, url=f"{self.url}/monday/lifecycle",
                           account_id=account_id, user_id=1, **extra)

    def subscribe(self, **extra: Any) -> dict[str, Any]:
        return self.monday("recipes/subscribe", subscribe_url=self.url + SUBSCRIBE,
                           unsubscribe_url=self.url + UNSUBSCRIBE, account_id=1, user_id=1,
                           input_fields=SYNC_FIELDS, **extra)

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        token = self.monday("session-token", account_id=1, user_id=1)["token"]
        return requests.request(method, self.url + path, timeout=10,
                                headers={"Authorization": f"Bearer {token}"}, **kwargs)

    def session(self) -> Any:
        return self.app.extensions["store"].session()


@contextmanager
def live_flow(app_config: Mapping[str, object], sandbox: RunningSandbox) -> Iterator[Flow]:
    """The app created for its live URL, pointed at the sandbox, served until the block ends;
    the sandbox is reset afterwards."""
    from monday_app.factory import create_app
    from store.migrate import upgrade

    server = LiveServer()
    config = {**app_config, "PUBLIC_BASE_URL": server.url, "MONDAY_AUTH_URL": sandbox.url,
              "MONDAY_API_URL": sandbox.api_url}
    upgrade(str(config["DATABASE_URL"]))
    app = create_app(config)
    network = FlakyAnswers(app)
    server.serve(network)
    try:
        yield Flow(server.url, app, network, sandbox)
    finally:
        server.stop()
        app.extensions["store"].dispose()
        requests.post(f"{sandbox.url}/_sandbox/reset", timeout=5)


# --- headless Chromium -------------------------------------------------------------------------


def find_chromium() -> tuple[str, str] | str:
    """(browser, driver) paths, or the reason they cannot be used."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        missing = " and ".join(n for n, p in (("chromium", browser), ("chromedriver", driver))
                               if not p)
        return f"{missing} not installed (Debian/Ubuntu: {APT_HINT})"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install selenium)"
    return browser, driver


def start_chromium(browser: str, driver: str, profile_dir: Path | None = None) -> Any:
    """A headless Chromium under chromedriver, with a fresh profile. Only the given binaries
    are used: Selenium Manager never runs, so nothing is ever downloaded."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    profile = profile_dir or Path(tempfile.mkdtemp(prefix="chromium-profile-"))
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    web_driver = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    web_driver.set_page_load_timeout(15)
    return web_driver


SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def screenshot_dir(tmp_path: Path) -> Path:
    """docs/screenshots when SAVE_SCREENSHOTS=1 (to refresh the README's pictures), else a
    folder in the test's temporary folder."""
    import os

    folder = SCREENSHOTS if os.environ.get("SAVE_SCREENSHOTS") == "1" \
        else tmp_path / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot_path(tmp_path: Path, name: str) -> Path:
    """docs/screenshots/<name> when SAVE_SCREENSHOTS=1 (to refresh the README's pictures),
    else the test's temporary folder."""
    import os

    folder = SCREENSHOTS if os.environ.get("SAVE_SCREENSHOTS") == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
