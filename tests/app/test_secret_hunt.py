"""The hunt behind the secrets figure finds a planted secret in every place and encoding it
searches, so a 0 from it means something."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path
from urllib.parse import quote

import redis
import sqlalchemy as sa

from tests.app.secret_hunt import (
    Secret,
    database_places,
    encodings,
    hunt,
    log_places,
    redis_places,
)

PLANTED = Secret("planted", "pl@nted secret/+=0123")


def test_every_encoding_is_found_in_a_log(tmp_path: Path) -> None:
    for name, form in encodings(PLANTED.value).items():
        log = tmp_path / f"{name}.log"
        log.write_text(f"12:00 INFO something ?x={form}&y=1\n")
        [finding] = hunt([PLANTED], log_places({"web": log}))
        assert finding.place == "log:web"
    clean = tmp_path / "clean.log"
    clean.write_text("12:00 INFO nothing to see\n")
    assert hunt([PLANTED], log_places({"web": clean})) == []


def test_found_in_any_table_and_column(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE notes (id INTEGER, body TEXT, blob BLOB)"))
        conn.execute(sa.text("INSERT INTO notes VALUES (1, 'fine', :b)"),
                     {"b": quote(PLANTED.value).encode()})
    engine.dispose()
    [finding] = hunt([PLANTED], database_places(url))
    assert finding.place == "db:notes" and finding.encoding.startswith("url")


def test_found_in_every_redis_type_and_inside_compressed_job_data(
    redis_conn: redis.Redis,
) -> None:
    secret = PLANTED.value.encode()
    redis_conn.set("s", b"x" + secret)
    redis_conn.hset("rq:job:1", mapping={"data": zlib.compress(b"args " + secret)})
    redis_conn.rpush("l", base64.b64encode(secret))
    redis_conn.sadd("set", secret)
    redis_conn.zadd("z", {secret: 1})
    redis_conn.xadd("rq:results:1", {"exc_string": secret})
    redis_conn.set("clean", b"nothing")
    found = {f.place for f in hunt([PLANTED], redis_places(redis_conn))}
    assert found == {"redis:s", "redis:rq:job:1", "redis:l", "redis:set", "redis:z",
                     "redis:rq:results:1"}
