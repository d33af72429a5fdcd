"""Bad connection input gets an error naming the field, and nothing stored is lost."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from store.connections import create_connection, get_connection, update_connection
from store.crypto import SecretBox
from store.db import Database
from store.errors import NotFound, ValidationError
from store.migrate import upgrade
from store.models import Account

GOOD = {
    "name": "main",
    "server_url": "http://syspro.example.com:20001",
    "operator": "ADMIN",
    "company_id": "DEMO",
    "operator_password": "pw",
}


@pytest.fixture
def setup(sqlite_url: str, encryption_keys):
    upgrade(sqlite_url)
    db = Database(sqlite_url)
    with db.session() as s:
        s.add_all([Account(monday_account_id=1), Account(monday_account_id=2)])
    with db.session() as s:
        ids = list(s.scalars(sa.select(Account.id).order_by(Account.id)))
    yield db, SecretBox(encryption_keys), ids
    db.dispose()


@pytest.mark.parametrize(
    ("change", "field", "hint"),
    [
        ({"server_url": "ftp://syspro:21"}, "server_url", "http://"),
        ({"server_url": "http://syspro.example.com"}, "server_url", "port"),
        ({"server_url": "http://u:p@syspro.example.com:90"}, "server_url", "user name"),
        ({"server_url": "http://:90"}, "server_url", "no host"),
        ({"operator": " "}, "operator", "required"),
        ({"poll_interval_minutes": 2}, "poll_interval_minutes", "between 5 and 60"),
        ({"poll_interval_minutes": "soon"}, "poll_interval_minutes", "whole number"),
        ({"colour": "red"}, "colour", "not a connection setting"),
    ],
)
def test_bad_input_names_the_field(setup, change, field, hint) -> None:
    db, box, (account_id, _) = setup
    with pytest.raises(ValidationError) as error, db.session() as s:
        create_connection(s, box, account_id, {**GOOD, **change})
    assert error.value.field == field and hint in error.value.message


def test_failed_update_loses_nothing(setup) -> None:
    db, box, (account_id, _) = setup
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, GOOD).id
    with pytest.raises(ValidationError), db.session() as s:
        update_connection(
            s, box, account_id, conn_id, {"operator": "NEW", "server_url": "nonsense"}
        )
    with db.session() as s:
        conn = get_connection(s, account_id, conn_id)
        assert conn.operator == "ADMIN" and conn.server_url == GOOD["server_url"]


def test_duplicate_names_are_refused_per_account(setup) -> None:
    db, box, (first, second) = setup
    with db.session() as s:
        create_connection(s, box, first, GOOD)
        create_connection(s, box, second, GOOD)  # another tenant may use the same name
    with pytest.raises(ValidationError, match="already exists"), db.session() as s:
        create_connection(s, box, first, GOOD)


def test_another_accounts_connection_is_not_found(setup) -> None:
    db, box, (first, second) = setup
    with db.session() as s:
        conn_id = create_connection(s, box, first, GOOD).id
    with pytest.raises(NotFound), db.session() as s:
        get_connection(s, second, conn_id)
    with pytest.raises(NotFound), db.session() as s:
        update_connection(s, box, second, conn_id, {"operator": "X"})
