"""The app as registered with monday: where its views live, from the app's manifest.

monday knows an app's views from the manifest uploaded for it (``features[].url`` of
``AppFeatureBoardView`` and ``AppFeatureAccountSettingsView``) and opens each in an iframe with
``?sessionToken=<JWT>``. The sandbox reads the project's ``manifest/manifest.json`` and fills the
``{{PUBLIC_BASE_URL}}`` placeholder with the app's address, given at start (``app_url``) or
later through ``PUT /_sandbox/apps/registration`` (a test learns the app's port after the
sandbox started). Without an address the board page shows the board alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MANIFEST_PATH = Path(__file__).resolve().parents[2] / "manifest" / "manifest.json"
PLACEHOLDER = "{{PUBLIC_BASE_URL}}"
# The features monday shows as iframes, in the order the board page shows them.
VIEW_FEATURES = {"AppFeatureBoardView": "board", "AppFeatureAccountSettingsView": "settings"}


def load_manifest(path: Path = MANIFEST_PATH) -> dict[str, Any]:
    """The manifest as JSON; an empty one when the file is missing (sandbox used alone)."""
    try:
        loaded = json.loads(path.read_text())
    except FileNotFoundError:
        return {"features": []}
    return loaded if isinstance(loaded, dict) else {"features": []}


def check_app_url(url: str) -> str:
    """The app's base URL without a trailing slash; ValueError says what is wrong with it."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"app_url must be an http(s) URL such as http://127.0.0.1:8000, "
                         f"not {url!r}")
    return url.strip().rstrip("/")


@dataclass
class AppRegistration:
    """The registered app's base URL and manifest; ``views()`` gives the iframe addresses."""

    base_url: str | None = None
    manifest: dict[str, Any] = field(default_factory=load_manifest)
    # Real seconds the views' session tokens live (monday's are minutes); a test shortens it
    # to see a view ask for a fresh one.
    token_lifetime: int = 300

    def views(self) -> list[dict[str, str]]:
        """``[{kind, key, name, url, origin}]`` for each view feature, board view first;
        empty while no base URL is known and the manifest's URLs need one."""
        found = []
        for feature in self.manifest.get("features") or []:
            kind = VIEW_FEATURES.get(str(feature.get("type")))
            url = str(feature.get("url") or "")
            if kind is None or not url:
                continue
            if PLACEHOLDER in url:
                if not self.base_url:
                    continue
                url = url.replace(PLACEHOLDER, self.base_url)
            parts = urlsplit(url)
            found.append({"kind": kind, "key": str(feature.get("key") or kind),
                          "name": str(feature.get("name") or kind), "url": url,
                          "origin": f"{parts.scheme}://{parts.netloc}"})
        order = list(VIEW_FEATURES.values())
        return sorted(found, key=lambda view: order.index(view["kind"]))

    def as_dict(self) -> dict[str, Any]:
        return {"app_url": self.base_url, "token_lifetime_seconds": self.token_lifetime,
                "views": self.views()}
