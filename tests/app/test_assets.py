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
