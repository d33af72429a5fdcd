"""Look for secrets where they must never be: database rows, Redis, log files.

Used by the secrets-figure test: it gathers every secret and token a run used, dumps every place
the product writes to, and counts how often any secret (or an obvious encoding of it) turns up.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, quote_plus

import redis
import sqlalchemy as sa

MIN_SECRET_LENGTH = 6  # shorter values would match by chance


@dataclass(frozen=True)
class Secret:
    kind: str  # what it is, e.g. "operator password"
    value: str


@dataclass(frozen=True)
class Place:
    name: str  # e.g. "db:audit_events", "redis:rq:job:…", "log:web"
    text: str


@dataclass(frozen=True)
class Finding:
    secret: Secret
    encoding: str
    place: str
    context: str


@dataclass
class SecretSet:
    """Secrets by value (one value may be several kinds; it is checked once)."""

    items: dict[str, Secret] = field(default_factory=dict)

    def add(self, kind: str, value: str | None) -> None:
        if value and len(value) >= MIN_SECRET_LENGTH and value not in self.items:
            self.items[value] = Secret(kind, value)

    def extend(self, kind: str, values: Iterable[str]) -> None:
        for value in values:
            self.add(kind, value)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for secret in self:
            counts[secret.kind] = counts.get(secret.kind, 0) + 1
        return counts


def encodings(value: str) -> dict[str, str]:
    """The secret as it may appear: raw, URL-encoded, base64 (standard and URL-safe)."""
    raw = value.encode()
    forms = {
        "raw": value,
        "url": quote(value, safe=""),
        "url-path": quote(value),  # "/" left as is, as in a path
        "url+": quote_plus(value),
        "base64": base64.b64encode(raw).decode(),
        "base64url": base64.urlsafe_b64encode(raw).decode(),
    }
    # base64 padding differs with what follows the secret: look for the unpadded form.
    return {name: form.rstrip("=") if name.startswith("base64") else form
            for name, form in forms.items()}


def hunt(secrets: Iterable[Secret], places: Iterable[Place]) -> list[Finding]:
    findings: list[Finding] = []
    for place in places:
        for secret in secrets:
            finding = _first_form_in(secret, place)
            if finding:
                findings.append(finding)
    return findings


def _first_form_in(secret: Secret, place: Place) -> Finding | None:
    """One finding per secret and place, in the first encoding found."""
    for name, form in encodings(secret.value).items():
        at = place.text.find(form)
        if at >= 0:
            context = place.text[max(0, at - 80): at + len(form) + 40]
            return Finding(secret, name, place.name, context)
    return None


# --- places ----------------------------------------------------------------------------------


def database_places(url: str) -> list[Place]:
    """Every table, every row, every column as text: one place per table."""
    engine = sa.create_engine(url)
    places = []
    try:
        metadata = sa.MetaData()
        metadata.reflect(engine)
        with engine.connect() as conn:
            for table in metadata.sorted_tables:
                rows = conn.execute(sa.select(table)).all()
                text = "\n".join(" | ".join(_text(v) for v in row) for row in rows)
                places.append(Place(f"db:{table.name}", text))
    finally:
        engine.dispose()
    return places


def audit_chain_place(url: str) -> Place:
    """The audit trail's error chains (and health reasons), as their own place."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            chains = conn.execute(sa.text("SELECT error_chain FROM audit_events")).scalars()
            reasons = conn.execute(sa.text("SELECT health_reason FROM board_syncs")).scalars()
            text = "\n".join(_text(v) for v in [*chains, *reasons])
    finally:
        engine.dispose()
    return Place("audit error chains", text)


def redis_places(client: redis.Redis) -> list[Place]:
    """Every key with its value, whatever its type; compressed values (rq job data) opened."""
    places = []
    for key in client.scan_iter(count=500):
        parts = [key, *_redis_values(client, key)]
        text = "\n".join(_bytes_text(p) for p in parts)
        places.append(Place(f"redis:{key.decode(errors='replace')}", text))
    return places


def _redis_values(client: redis.Redis, key: bytes) -> list[bytes]:
    kind = client.type(key).decode()
    if kind == "string":
        return [client.get(key) or b""]
    if kind == "hash":
        return [b for pair in client.hgetall(key).items() for b in pair]
    if kind == "list":
        return client.lrange(key, 0, -1)
    if kind == "set":
        return list(client.smembers(key))
    if kind == "zset":
        return [member for member, _ in client.zrange(key, 0, -1, withscores=True)]
    if kind == "stream":
        return [b for _, fields in client.xrange(key) for pair in fields.items() for b in pair]
    return []


def log_places(paths: dict[str, Path]) -> list[Place]:
    return [Place(f"log:{name}", path.read_text(errors="replace") if path.exists() else "")
            for name, path in paths.items()]


def _bytes_text(value: bytes) -> str:
    text = value.decode("utf-8", errors="replace")
    try:
        # rq keeps job arguments and results as zlib-compressed pickles.
        opened = zlib.decompress(value)
    except zlib.error:
        return text
    return text + "\n" + opened.decode("utf-8", errors="replace")


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return _bytes_text(value)
    return "" if value is None else str(value)
