"""The shared e.net session: one logon per connection, encrypted in Redis, renewed once."""

from __future__ import annotations

import threading

import pytest

from syspro.errors import AuthFailed, SessionInvalid
from syspro.session import clean_session_id
from tests.syspro.helpers import control


def sessions(sandbox) -> dict:  # type: ignore[no-untyped-def]
    return control(sandbox, "GET", "sessions").json()


def test_logon_is_shared_and_stored_encrypted(fresh_syspro_sandbox, make_enet_client, settings,
                                              redis_conn):
    first = make_enet_client(settings)
    second = make_enet_client(settings)  # another worker, same connection
    first.profile()
    second.profile()
    assert sessions(fresh_syspro_sandbox)["logons"] == 1
    stored = redis_conn.get(first.session.key)
    session_id = first.session.get()
    assert stored and session_id.encode() not in stored
    assert len(session_id) == 34 and session_id == session_id.strip()


def test_concurrent_workers_log_on_once(fresh_syspro_sandbox, make_enet_client, settings):
    clients = [make_enet_client(settings) for _ in range(6)]
    barrier = threading.Barrier(len(clients))
    errors: list[BaseException] = []

    def work(c) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            c.profile()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors
    assert sessions(fresh_syspro_sandbox)["logons"] == 1


def test_expired_session_logs_on_again_once(fresh_syspro_sandbox, enet_client):
    enet_client.profile()
    control(fresh_syspro_sandbox, "POST", "sessions/expire")
    assert enet_client.profile()["OperatorCode"] == "ADMIN"
    assert sessions(fresh_syspro_sandbox)["logons"] == 2


def test_second_logon_elsewhere_evicts_and_we_recover(fresh_syspro_sandbox, make_enet_client,
                                                      settings):
    ours = make_enet_client(settings, "conn-a")
    ours.profile()
    intruder = make_enet_client(settings, "conn-b")  # e.g. a person logging on as the same operator
    intruder.profile()
    assert ours.profile()["OperatorCode"] == "ADMIN"


def test_idle_expiry_is_detected(fresh_syspro_sandbox, enet_client):
    control(fresh_syspro_sandbox, "POST", "settings", {"session_idle_seconds": 0})
    # Every call finds the session expired; the client renews once and then gives up.
    with pytest.raises(SessionInvalid):
        enet_client.profile()
    assert sessions(fresh_syspro_sandbox)["logons"] == 2


def test_logoff_on_removal(fresh_syspro_sandbox, enet_client, redis_conn):
    enet_client.profile()
    assert len(sessions(fresh_syspro_sandbox)["sessions"]) == 1
    enet_client.logoff()
    assert sessions(fresh_syspro_sandbox)["sessions"] == []
    assert redis_conn.get(enet_client.session.key) is None


def test_bad_password_is_auth_failed_and_scrubbed(make_enet_client, settings):
    bad = make_enet_client(settings.with_changes(operator_password="wrong-secret"))
    with pytest.raises(AuthFailed) as caught:
        bad.profile()
    assert "Invalid operator password" in str(caught.value)
    assert "wrong-secret" not in str(caught.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("3EA6A1B2C3D4E5F60718293A4B5C6D7E91  ", "3EA6A1B2C3D4E5F60718293A4B5C6D7E91"),
        ('"ABCDEF0123"', "ABCDEF0123"),
        ("  8-LONG-SYSPRO8-ID  ", "8-LONG-SYSPRO8-ID"),
    ],
)
def test_session_id_cleaning(body, expected):
    assert clean_session_id(body) == expected
