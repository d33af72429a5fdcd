"""The views' built bundles (monday_app/web/static/dist, built from frontend/), served small.

`asset_url("settings.js")` is the bundle's URL with a digest of its bytes as `?v=`, so
monday's iframe never keeps an old bundle after a deploy, while an unchanged one stays cached.

The bundles are served gzip-compressed to clients that accept it (every browser does): the
settings script is about 470 KB as built and about 140 KB on the wire. Each file is compressed
once per process, at the highest level, and kept: files do not change under a running process
(a deploy restarts it). Answers say `Vary: Accept-Encoding` (a cache must not hand the gzip
bytes to a client that did not ask for them), carry an ETag per encoding, and with the digest
in `?v=` may be cached for a year: a new build has a new URL.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, request, url_for
from werkzeug.security import safe_join

DIST = Path(__file__).resolve().parent / "static" / "dist"
COMPRESSIBLE = (".js", ".css", ".svg", ".json", ".map")
MIN_COMPRESS_BYTES = 1024  # below this, gzip's header and the CPU cost more than they save
ONE_YEAR = 365 * 24 * 3600


@dataclass(frozen=True)
class Bundle:
    raw: bytes
    gzipped: bytes | None  # None: not worth compressing
    digest: str


@lru_cache(maxsize=32)
def _bundle(name: str) -> Bundle | None:
    found = safe_join(str(DIST), name)
    if found is None or not Path(found).is_file():
        return None
    raw = Path(found).read_bytes()
    gzipped = None
    if name.endswith(COMPRESSIBLE) and len(raw) >= MIN_COMPRESS_BYTES:
        # mtime=0: the same file always gives the same bytes (and the same ETag).
        packed = gzip.compress(raw, compresslevel=9, mtime=0)
        gzipped = packed if len(packed) < len(raw) else None
    return Bundle(raw, gzipped, hashlib.sha256(raw).hexdigest()[:12])


def _digest(name: str) -> str:
    bundle = _bundle(name)
    return bundle.digest if bundle else "missing"


def asset_url(name: str) -> str:
    """URL of dist/<name>; `name` is a bundle file name such as "settings.css"."""
    return url_for("views.bundle", name=name, v=_digest(name))


def serve_bundle(name: str) -> Response:
    bundle = _bundle(name)
    if bundle is None:
        abort(404)
    use_gzip = bundle.gzipped is not None and request.accept_encodings.quality("gzip") > 0
    mimetype = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if mimetype.startswith("text/") or mimetype.endswith("javascript"):
        mimetype += "; charset=utf-8"  # esbuild writes UTF-8 (charset: "utf8")
    response = Response(bundle.gzipped if use_gzip and bundle.gzipped else bundle.raw,
                        content_type=mimetype)
    if use_gzip:
        response.headers["Content-Encoding"] = "gzip"
    response.vary.add("Accept-Encoding")
    # A strong ETag names one representation: the gzip bytes get their own.
    response.set_etag(bundle.digest + ("-gzip" if use_gzip else ""))
    if request.args.get("v") == bundle.digest:
        response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
    else:  # an old or missing ?v=: always ask again (the ETag makes that cheap)
        response.headers["Cache-Control"] = "no-cache"
    response.make_conditional(request)
    return response


def init_blueprint(bp: Blueprint) -> None:
    """Templates of every blueprint see `asset_url`; dist/ is served by `serve_bundle` (the
    blueprint's plain static route would send the files uncompressed)."""
    bp.add_app_template_global(asset_url, "asset_url")
    bp.add_url_rule("/views/static/dist/<name>", "bundle", serve_bundle)
