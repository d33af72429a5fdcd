"""Helpers for tests that drive the app over real HTTP: a live app server and headless Chromium.

The live server binds its port before the app exists, because the app must know its own public
URL (OAuth redirect_uri, the `aud` monday signs) when it is created.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from werkzeug.serving import make_server

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

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
