"""Bytes on the wire for the views' bundles: as served before (identity) and now (gzip).

The app is served over real HTTP on a free local port; each bundle is fetched twice, once
asking for no encoding (what every browser got before the bundles were compressed) and once
with a browser's Accept-Encoding, and the bytes that came over the socket are counted. Also
printed: what one first open of each view costs (its script and style sheet) and how long the
one-time compression of each file took in the process.

    python bench/bundle_bytes.py
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

import requests
from werkzeug.serving import make_server

from monday_app.factory import create_app
from monday_app.web import assets

BROWSER = "gzip, deflate, br, zstd"
VIEWS = ("settings", "board")


def _wire(url: str, encoding: str) -> int:
    answer = requests.get(url, headers={"Accept-Encoding": encoding}, stream=True, timeout=30)
    answer.raise_for_status()
    return len(answer.raw.read(decode_content=False))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"DATABASE_URL": f"sqlite:///{Path(folder) / 'bench.db'}"})
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/views/static/dist/"
        try:
            names = sorted(p.name for p in assets.DIST.iterdir() if p.is_file())
            print(f"{'file':<14}{'identity B':>12}{'gzip B':>10}{'ratio':>8}{'gzip ms':>9}")
            sizes: dict[str, tuple[int, int]] = {}
            for name in names:
                assets._bundle.cache_clear()
                started = time.perf_counter()
                assets._bundle(name)
                took = (time.perf_counter() - started) * 1000
                plain, packed = _wire(base + name, "identity"), _wire(base + name, BROWSER)
                sizes[name] = (plain, packed)
                print(f"{name:<14}{plain:>12,}{packed:>10,}{packed / plain:>8.1%}{took:>9.0f}")
            print()
            for view in VIEWS:
                plain = sum(sizes[f"{view}.{kind}"][0] for kind in ("js", "css"))
                packed = sum(sizes[f"{view}.{kind}"][1] for kind in ("js", "css"))
                print(f"first open of the {view} view (script + style sheet): "
                      f"{plain:,} B before, {packed:,} B now ({packed / plain:.1%})")
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
