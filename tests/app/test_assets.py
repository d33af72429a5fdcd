"""The views' built bundles: committed, pinned, and the ones the pages load.

`make assets-check` (run by .ci/run) proves the committed bytes are what frontend/ builds;
these checks need no Node: every entry has its bundle, every page loads a bundle that exists,
and the frontend's dependencies are pinned exactly, in package.json and its lock file alike.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FRONTEND = ROOT / "frontend"
DIST = ROOT / "monday_app" / "web" / "static" / "dist"
TEMPLATES = ROOT / "monday_app" / "web" / "templates"
EXACT = re.compile(r"\d+\.\d+\.\d+")


def _entries() -> list[str]:
    source = (FRONTEND / "build.mjs").read_text()
    found = re.search(r"const ENTRIES = \[([^\]]*)\]", source)
    assert found, "build.mjs names its entries in ENTRIES"
    return re.findall(r'"([a-z_]+)"', found.group(1))


def test_every_entry_has_its_committed_bundle() -> None:
    entries = _entries()
    assert set(entries) >= {"settings", "board"}
    for name in entries:
        assert (FRONTEND / "src" / f"{name}.jsx").is_file(), name
        bundle = DIST / f"{name}.js"
        assert bundle.is_file() and bundle.stat().st_size > 1000, f"{bundle}: run make assets"
        text = bundle.read_text(encoding="utf-8")
        # Deterministic output names no machine's folders: not the checkout, the home folder
        # or the temporary folder it was built from.
        for folder in (str(FRONTEND.parent), os.path.expanduser("~"), tempfile.gettempdir()):
            assert folder not in text, folder
    # Pages without a script (templates/message.html) take Vibe's tokens from a style sheet.
    assert (DIST / "message.css").is_file() and "--primary-background-color" in (
        DIST / "message.css").read_text(encoding="utf-8")


def test_pages_load_bundles_that_exist(monday, web_client) -> None:
    """The view shell loads dist/<view>.js and .css with a digest of their bytes as ?v=."""
    from flask import render_template

    with monday.app.test_request_context("/views/settings"):
        page = render_template("view.html", view="settings", title="t", session_token="x")
    loaded = re.findall(r'(?:src|href)="/views/static/dist/([a-z]+\.(?:js|css))\?v=([0-9a-f]{12})"',
                        page)
    assert sorted(name for name, _ in loaded) == ["settings.css", "settings.js"]
    for name, _ in loaded:
        assert web_client.get(f"/views/static/dist/{name}").status_code == 200


def test_frontend_dependencies_are_pinned_exactly() -> None:
    package = json.loads((FRONTEND / "package.json").read_text())
    lock = json.loads((FRONTEND / "package-lock.json").read_text())
    wanted = {**package["dependencies"], **package["devDependencies"]}
    for name, version in wanted.items():
        assert EXACT.fullmatch(version), f"{name} {version} is not an exact version"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name
    assert lock["packages"][""]["dependencies"] == package["dependencies"]
    for path, entry in lock["packages"].items():
        assert not path or entry.get("integrity") or entry.get("link"), f"{path}: no integrity"


# --- serving: compressed on the wire, cached by digest ----------------------------------------


def _fetch(url: str, encoding: str | None, **headers: str) -> tuple[Any, bytes]:
    """The answer and its body as it came over the wire (not decoded)."""
    import requests

    sent = {"Accept-Encoding": encoding or "identity", **headers}
    answer = requests.get(url, headers=sent, stream=True, timeout=10)
    return answer, answer.raw.read(decode_content=False)


def test_bundles_go_over_the_wire_gzipped_with_vary_etag_and_caching(app_config) -> None:
    import gzip

    from monday_app.factory import create_app
    from monday_app.web.assets import asset_url
    from tests.app.browser import LiveServer

    app = create_app(app_config)
    server = LiveServer().serve(app)
    try:
        with app.test_request_context():
            url = server.url + asset_url("settings.js")
        raw = (DIST / "settings.js").read_bytes()
        plain, plain_body = _fetch(url, None)
        packed, packed_body = _fetch(url, "gzip, deflate, br")
        refused, refused_body = _fetch(url, "gzip;q=0, deflate")
        assert plain.headers.get("Content-Encoding") is None and plain_body == raw
        assert refused.headers.get("Content-Encoding") is None and refused_body == raw
        assert packed.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(packed_body) == raw
        assert int(packed.headers["Content-Length"]) == len(packed_body)
        for answer in (plain, packed, refused):
            assert answer.status_code == 200
            assert "Accept-Encoding" in answer.headers["Vary"]
            assert answer.headers["Content-Type"] == "text/javascript; charset=utf-8"
            # ?v= is this build's digest: a year, never revalidated (a new build, a new URL).
            assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert plain.headers["ETag"] != packed.headers["ETag"]  # one per representation
        # The figure: bytes on the wire before (identity) and after (gzip).
        assert len(packed_body) < 0.35 * len(plain_body), (len(packed_body), len(plain_body))

        again, again_body = _fetch(url, "gzip", **{"If-None-Match": packed.headers["ETag"]})
        assert again.status_code == 304 and again_body == b""
        stale, _ = _fetch(url.split("?v=")[0] + "?v=000000000000", "gzip")
        assert stale.status_code == 200 and stale.headers["Cache-Control"] == "no-cache"
        css, css_body = _fetch(server.url + "/views/static/dist/settings.css", "gzip")
        assert css.headers["Content-Encoding"] == "gzip" and css.headers[
            "Content-Type"] == "text/css; charset=utf-8"
        assert gzip.decompress(css_body) == (DIST / "settings.css").read_bytes()
        for missing in ("nothing.js", "..%2Fassets.py"):
            assert _fetch(server.url + f"/views/static/dist/{missing}", "gzip")[0].status_code \
                == 404
    finally:
        server.stop()
        app.extensions["store"].dispose()


def test_the_scripts_do_not_carry_vibes_tokens_twice() -> None:
    """The tokens come as CSS (dist/<view>.css); @vibe/core's script that would inject the
    same ~31 KB again is left out by build.mjs."""
    token = "--motion-productive-short:70ms"
    for name in _entries():
        assert token not in (DIST / f"{name}.js").read_text(encoding="utf-8"), name
        assert token in (DIST / f"{name}.css").read_text(encoding="utf-8"), name
