"""The views' built bundles (monday_app/web/static/dist, built from frontend/).

`asset_url("settings.js")` is the bundle's static URL with a digest of its bytes as `?v=`, so
monday's iframe never keeps an old bundle after a deploy, while an unchanged one stays cached.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, url_for

DIST = Path(__file__).resolve().parent / "static" / "dist"


@lru_cache(maxsize=32)
def _digest(name: str) -> str:
    # Files do not change under a running process (a deploy restarts it), so once is enough.
    path = DIST / name
    if not path.is_file():
        return "missing"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def asset_url(name: str) -> str:
    """URL of dist/<name>; `name` is a bundle file name such as "settings.css"."""
    return url_for("views.static", filename=f"dist/{name}", v=_digest(name))


def init_blueprint(bp: Blueprint) -> None:
    """Templates of every blueprint see `asset_url`."""
    bp.add_app_template_global(asset_url, "asset_url")
