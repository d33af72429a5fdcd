"""Every route, fuzzed: random methods, path values, headers and bodies never get a 5xx, and a
refused request leaves the database exactly as it was.

Routes come from the app's url_map, so a new route is fuzzed without touching this file. Bodies
start from what monday (or our own pages) really send and then get one part swapped for
something hostile: wrong types, huge or NUL or surrogate strings, deep nesting, lists where
objects belong. Tokens are minted the way monday mints them, for the right and wrong route.
"""

from __future__ import annotations

import copy
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.routing import Rule

from monday_app.factory import create_app
from store.models import Base
from tests.app.conftest import (
    CLIENT_ID,
    CLIENT_SECRET,
    PUBLIC_BASE_URL,
    SIGNING_SECRET,
    Monday,
)

# Per route; about a minute in all on two workers. FUZZ_EXAMPLES_PER_ROUTE digs deeper locally.
EXAMPLES_PER_ROUTE = int(os.environ.get("FUZZ_EXAMPLES_PER_ROUTE", "50"))
# Nastiest first: hypothesis leans towards the start of a list when it generates.
HOSTILE_STRINGS = [
    "x" * 501,  # past every VARCHAR column of the model (the longest is 500)
    "a\x00b",
    "x\udfffy",
    "\ud800",
    "x" * 256,
    "x" * 129,
    "x" * 101,
    "x" * 65,
    "\x00",
    "é" * 300,
    "x" * 5000,
    "abc",
    "",
    "-1",
    "0",
    "2147483648",
    "9" * 30,
    "1e400",
    "NaN",
    "../../etc/passwd",
    "<script>",
    "\u202e",
]
HOSTILE_NUMBERS = [2**63, 10**40, 2**31, -(2**63) - 1, 1e308, 1.5, 0, -1, -6, 2**31 - 1]


def _static_rules() -> list[Rule]:
    """The routes of an app built with a throwaway configuration (no connection is opened)."""
    with tempfile.TemporaryDirectory(prefix="fuzz-routes-") as instance:
        app = create_app(
            {
                "APP_ENV": "testing",
                "DATABASE_URL": "sqlite://",
                "SECRET_KEY": "x",
                "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
                "INSTANCE_PATH": instance,
            }
        )
        return sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule)


RULES = _static_rules()


# --- values -----------------------------------------------------------------------------------

hostile = st.sampled_from([*HOSTILE_STRINGS[:4], *HOSTILE_NUMBERS[:3], [], None, True, {},
                          *HOSTILE_STRINGS[4:], *HOSTILE_NUMBERS[3:], False])
scalars = st.one_of(
    hostile,
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
RAW_BODIES = [
    b"",
    b"{",
    b"[]",
    b"null",
    b"1e400",
    b'{"a": NaN}',
    b'{"a": Infinity}',
    b'{"a": 1e400}',
    b"\xff\xfe not utf-8",
    b'{"a": "\\ud800"}',
    b'{"a": "\\u0000"}',
    b"[" * 5000 + b"]" * 5000,
    b'{"a":' * 3000 + b"1" + b"}" * 3000,
    b'{"challenge": ' + b"[" * 2000 + b"]" * 2000 + b"}",
    b'{"n": ' + b"9" * 5000 + b"}",
    b"x" * (1024 * 1024 + 1),
]


def _templates(monday_account: int, connection_id: int) -> list[dict[str, Any]]:
    """Bodies shaped like the real ones, for every kind of route."""
    return [
        {
            "type": "install",
            "data": {
                "account_id": monday_account,
                "user_id": 7,
                "account_name": "Acme",
                "account_slug": "acme",
                "account_tier": "pro",
            },
        },
        {
            "payload": {
                "webhookUrl": "https://api-gw.monday.com/automations/apps-events/5",
                "subscriptionId": 5,
                "webhookId": "5",
                "inputFields": {
                    "boardId": 1001,
                    "entity": "supplier_invoices",
                    "interval": {"title": "15 minutes", "value": "15"},
                    "connectionId": connection_id,
                    "branch": "A",
                },
                "recipeId": 11,
                "integrationId": 22,
            }
        },
        {"challenge": "abc123"},
        {
            "event": {
                "triggerUuid": "uuid-1",
                "boardId": 3003,
                "pulseId": 77,
                "columnId": "phone",
                "value": {"phone": "123"},
                "previousValue": None,
                "userId": 7,
            }
        },
        {
            "name": "second",
            "server_url": "http://127.0.0.1:9",
            "operator": "ADMIN",
            "operator_password": "pw",
            "company_id": "EDU1",
            "poll_interval_minutes": 15,
            "verify_tls": True,
            "timeout_seconds": 5,
            "options": {},
        },
    ]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


# What breaks a field of each type most often: a short list, so each is drawn often.
STRING_SWAPS = ["x" * 501, "a\x00b", "\ud800", 123, None, [], {"a": 1}]
NUMBER_SWAPS = [2**63, "abc", None, True, 1.5, "9" * 30, [], -1]


def _swaps_for(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, str):
        return st.sampled_from(STRING_SWAPS)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return st.sampled_from(NUMBER_SWAPS)
    return hostile


def _at(body: Any, path: tuple[Any, ...]) -> Any:
    try:
        for key in path:
            body = body[key]
    except (KeyError, IndexError, TypeError):
        return None
    return body


def _replace(body: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    body = copy.deepcopy(body)
    parent = body
    try:
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = new
    except (KeyError, IndexError, TypeError):
        pass  # an outer part was swapped already: this path is gone
    return body


@st.composite
def bodies(draw: st.DrawFn, templates: list[dict[str, Any]]) -> bytes | None:
    kind = draw(st.sampled_from(["mutated"] * 4 + ["none", "raw", "template", "random"]))
    if kind == "none":
        return None
    if kind == "raw":
        return draw(st.sampled_from(RAW_BODIES))
    if kind == "random":
        return json.dumps(draw(json_values)).encode()
    body: Any = draw(st.sampled_from(templates))
    if kind == "mutated":
        # Each part of the body is swapped with some chance, so most examples carry a fault
        # where the handler looks (random single swaps mostly hit the same few parts).
        for path in list(_paths(body))[1:]:
            if draw(st.integers(0, 4)) == 0:
                new = draw(st.one_of(_swaps_for(_at(body, path)), hostile, json_values))
                body = _replace(body, path, new)
    # ensure_ascii keeps lone surrogates as \ud800 escapes, the way an attacker sends them.
    return json.dumps(body).encode()


# --- tokens and paths ---------------------------------------------------------------------------


def _tokens(monday: Monday, path: str, account: int) -> dict[str, str | None]:
    now = int(time.time())
    return {
        "none": None,
        "garbage": "not-a-jwt",
        "integration": monday.integration_jwt(path, account),
        "view": "Bearer " + monday.view_token(account),
        "lifecycle": monday.lifecycle_jwt(account),
        "webhook": monday.webhook_jwt(account),
        "expired": jwt.encode({"exp": now - 3600, "accountId": account}, SIGNING_SECRET),
    }


TOKEN_KINDS = ["none", "garbage", "integration", "view", "lifecycle", "webhook", "expired"]
# What each blueprint's callers really send (token kind, template indexes): drawn most often,
# so hostile values reach the code behind the token check, not only the check itself.
REAL_CALLERS = {
    "lifecycle": ("lifecycle", [0]),
    "recipes": ("integration", [1]),
    "webhooks": ("webhook", [2, 3]),
    "views": ("view", [4]),
}


def _path_value(draw: Any, rule: Rule, name: str, valid: dict[str, Any]) -> str:
    converter = rule._converters[name]  # noqa: SLF001 - the only way to read a rule's choices
    choices = [str(v) for v in getattr(converter, "items", ())]
    hostile = st.sampled_from(
        ["9" * 40, "2147483648", "%00", "abc", "%ED%A0%80", "0", "-1", "2147483647", "%C3%A9"]
    )
    options = [hostile]
    if choices:
        options.append(st.sampled_from(choices))
    if name in valid:
        options += [st.just(str(valid[name]))] * 2
    return str(draw(st.one_of(*options)))


# --- the database -------------------------------------------------------------------------------


def dump(app: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with app.extensions["store"].session() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(sa.select(table)).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


def _overlong_or_nul(tables: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    """Stored strings longer than their column or holding NUL. SQLite does not enforce
    VARCHAR lengths, so this is how the fuzz sees what PostgreSQL would refuse with a 500."""
    found = []
    for table in Base.metadata.sorted_tables:
        for row in tables[table.name]:
            for column, value in zip(table.columns, row, strict=True):
                length = getattr(column.type, "length", None)
                if isinstance(value, str) and (
                    "\x00" in value or (length is not None and len(value) > length)
                ):
                    found.append(f"{table.name}.{column.name}")
    return found


# --- the test -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_app(redis_server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One app and database for all routes: migrating per route would cost more than fuzzing."""
    from store.migrate import upgrade

    folder = tmp_path_factory.mktemp("fuzz")
    config = {
        "APP_ENV": "testing",
        "DATABASE_URL": f"sqlite:///{folder / 'fuzz.db'}",
        "REDIS_URL": redis_server_url,
        "SECRET_KEY": "fuzz-secret-key",
        "ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "INSTANCE_PATH": str(folder / "instance"),
        "MONDAY_CLIENT_ID": CLIENT_ID,
        "MONDAY_CLIENT_SECRET": CLIENT_SECRET,
        "MONDAY_SIGNING_SECRET": SIGNING_SECRET,
        "PUBLIC_BASE_URL": PUBLIC_BASE_URL,
        # A token exchange must fail fast and locally if a fuzzed callback ever gets that far.
        "MONDAY_AUTH_URL": "http://127.0.0.1:9",
    }
    upgrade(config["DATABASE_URL"])
    app = create_app(config)
    yield app
    app.extensions["store"].dispose()


@pytest.fixture(scope="module")
def fuzz_monday(fuzz_app: Any) -> Monday:
    return Monday(fuzz_app, fuzz_app.test_client())


@pytest.fixture(scope="module")
def seeded(fuzz_monday: Monday) -> dict[str, Any]:
    from store.connections import sync_url_token, update_connection
    from syspro.urlguard import AddressPolicy

    monday = fuzz_monday
    tenant = monday.tenant(4242)
    with monday.session() as session:
        box = monday.app.extensions["secret_box"]
        # Test connection must fail at once, never look a name up: a loopback address saved
        # where loopback was allowed, refused by this deployment's guard before any socket.
        update_connection(session, box, tenant.account_id, tenant.connection_id,
                          {"server_url": "http://127.0.0.1:9", "operator_password": "",
                           "company_password": ""}, policy=AddressPolicy(allow_loopback=True))
        token = sync_url_token(session, box, tenant.account_id, tenant.connection_id)
    return {
        "account": tenant.monday_account_id,
        "paths": {"connection_id": tenant.connection_id, "record_id": 1, "token": token},
    }


def test_every_route_is_fuzzed(app: Any) -> None:
    live = {(r.rule, tuple(sorted(r.methods or ()))) for r in app.url_map.iter_rules()}
    fuzzed = {(r.rule, tuple(sorted(r.methods or ()))) for r in RULES}
    assert live == fuzzed


@pytest.mark.slow
@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.rule)
def test_route_survives_hostile_input(fuzz_monday: Monday, seeded: dict[str, Any],
                                      rule: Rule) -> None:
    monday, app = fuzz_monday, fuzz_monday.app
    templates = _templates(seeded["account"], seeded["paths"]["connection_id"])
    blueprint = (rule.endpoint or "").split(".")[0]
    real_token, real_templates = REAL_CALLERS.get(blueprint, ("none", []))
    token_kinds = [real_token] * 10 + TOKEN_KINDS
    likely_templates = [templates[i] for i in real_templates] * 6 + templates
    # The route's own methods most often: a 405 tests nothing behind it.
    own_methods = sorted((rule.methods or set()) - {"OPTIONS", "HEAD"})
    any_method = ["POST", "PUT", "GET", "DELETE", "HEAD", "PATCH"]

    @settings(
        max_examples=EXAMPLES_PER_ROUTE,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        path = rule.rule
        for name in sorted(rule.arguments):
            value = _path_value(data.draw, rule, name, seeded["paths"])
            path = re.sub(rf"<(?:[^:>]+:)?{name}>", lambda _m, v=value: v, path)
        token_kind = data.draw(st.sampled_from(token_kinds))
        token = _tokens(monday, path, seeded["account"])[token_kind]
        query = data.draw(st.sampled_from(
            ["", "?sessionToken=" + monday.view_token(seeded["account"]), "?state=%C3%A9&code=x",
             "?board_sync_id=99999999999", "?board_sync_id=abc", "?x=%00", "?error=a"]
        ))
        headers = {"Authorization": token} if token else {}
        if data.draw(st.booleans()):
            # An installation under way in this browser: the callback compares states.
            with monday.client.session_transaction() as browser:
                browser["oauth_state"] = "state-of-this-browser"
        if data.draw(st.booleans()):
            headers["Content-Type"] = "application/json"
        body = data.draw(bodies(likely_templates))
        method = data.draw(st.sampled_from(own_methods if data.draw(st.integers(0, 9)) < 8
                                           else any_method))
        before = dump(app)
        response = monday.client.open(path + query, method=method, data=body, headers=headers)
        # /readyz answers 503 by design when the background is not running (as here).
        not_ready = (path == "/readyz" and response.status_code == 503
                     and (response.get_json(silent=True) or {}).get("status") == "not ready")
        assert response.status_code < 500 or not_ready, (
            method, path, query, token_kind, body and body[:200], response.get_data()[:300])
        after = dump(app)
        if response.status_code >= 400:
            assert after == before, (method, path, token_kind, response.status_code)
        assert not _overlong_or_nul(after), (method, path, token_kind, body and body[:200])
        assert b"Traceback" not in response.get_data()

    run()
