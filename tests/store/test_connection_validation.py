"""Bad connection input gets an error naming the field, and nothing stored is lost."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from store.connections import create_connection, get_connection, update_connection
from store.crypto import SecretBox
from store.db import Database
from store.errors import InvalidFields, NotFound, ValidationError
from store.migrate import upgrade
from store.models import Account
from syspro.connection_schema import DEFAULT_REST_BASE_PATH
from syspro.urlguard import AddressPolicy

GOOD = {
    "name": "main",
    "server_url": "http://syspro.example.com:20001",
    "operator": "ADMIN",
    "company_id": "DEMO",
    "operator_password": "pw",
}


@pytest.fixture
def two_accounts(sqlite_url: str, encryption_keys):
    """Accounts 1 and 2 in a migrated SQLite database: (the database, a SecretBox, their ids)."""
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
def test_bad_input_names_the_field(two_accounts, change, field, hint) -> None:
    db, box, (account_id, _) = two_accounts
    with pytest.raises(ValidationError) as error, db.session() as s:
        create_connection(s, box, account_id, {**GOOD, **change})
    assert error.value.field == field and hint in error.value.message


def test_failed_update_loses_nothing(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, GOOD).id
    with pytest.raises(ValidationError), db.session() as s:
        update_connection(
            s, box, account_id, conn_id, {"operator": "NEW", "server_url": "nonsense"}
        )
    with db.session() as s:
        conn = get_connection(s, account_id, conn_id)
        assert conn.operator == "ADMIN" and conn.server_url == GOOD["server_url"]


def test_duplicate_names_are_refused_per_account(two_accounts) -> None:
    db, box, (first, second) = two_accounts
    with db.session() as s:
        create_connection(s, box, first, GOOD)
        create_connection(s, box, second, GOOD)  # another tenant may use the same name
    with pytest.raises(ValidationError, match="already exists"), db.session() as s:
        create_connection(s, box, first, GOOD)


def test_another_accounts_connection_is_not_found(two_accounts) -> None:
    db, box, (first, second) = two_accounts
    with db.session() as s:
        conn_id = create_connection(s, box, first, GOOD).id
    with pytest.raises(NotFound), db.session() as s:
        get_connection(s, second, conn_id)
    with pytest.raises(NotFound), db.session() as s:
        update_connection(s, box, second, conn_id, {"operator": "X"})


@pytest.mark.parametrize(
    ("options", "field", "hint"),
    [
        ({"comfnd_pagesize": 100}, "options.comfnd_pagesize", "unknown option"),
        ({"ca_bundle_path": "/etc/ssl/certs/ca-certificates.crt"}, "options.ca_bundle_path",
         "file paths are not accepted"),
        ({"ca_bundle_path": "/no/such/file.pem"}, "options.ca_bundle_path",
         "file paths are not accepted"),
        ({"client_cert_file": "/etc/passwd"}, "options.client_cert_file",
         "file paths are not accepted"),
        ({"server_url": "http://10.0.0.1:1"}, "options.server_url", "unknown option"),
        ({"read_timeout": 5}, "options.read_timeout", "unknown option"),
        ({"comfnd_page_size": "abc"}, "options.comfnd_page_size", "number"),
        ({"comfnd_page_size": 0}, "options.comfnd_page_size", "at least 1"),
        ({"comfnd_page_size": 1e400}, "options.comfnd_page_size", "whole number"),
        ({"max_retries": True}, "options.max_retries", "number"),
        ({"backoff_cap": float("nan")}, "options.backoff_cap", "finite"),
        ({"comfnd_paging": "sideways"}, "options.comfnd_paging", "keyset"),
        ({"ar_terms_days": {"30": "thirty"}}, "options.ar_terms_days", "numbers"),
        ({"grn_key_columns": []}, "options.grn_key_columns", "list"),
        ("comfnd_page_size=5", "options", "object"),
    ],
)
def test_options_are_checked_when_saved(two_accounts, options, field, hint) -> None:
    db, box, (account_id, _) = two_accounts
    with pytest.raises(ValidationError) as error, db.session() as s:
        create_connection(s, box, account_id, {**GOOD, "options": options})
    assert error.value.field == field and hint in error.value.message
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, GOOD).id
    with pytest.raises(ValidationError) as error, db.session() as s:
        update_connection(s, box, account_id, conn_id, {"options": options})
    assert error.value.field == field
    with db.session() as s:
        assert get_connection(s, account_id, conn_id).options in ({}, None)


def test_path_refusal_says_nothing_about_the_file(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    messages = set()
    for path in ("/etc/hostname", "/no/such/file", "/root/.ssh/id_rsa", "relative.pem"):
        with pytest.raises(ValidationError) as error, db.session() as s:
            create_connection(s, box, account_id, {**GOOD, "options": {"ca_bundle_path": path}})
        messages.add(error.value.message)
    assert len(messages) == 1 and "/" not in messages.pop()


def test_good_options_are_saved(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    options = {"comfnd_page_size": 100, "comfnd_paging": "single", "backoff_cap": 2.5,
               "grn_key_columns": ["Supplier", "Grn"], "ar_terms_days": {"45": 45},
               "odata_entity_sets": {"ApInvoice": "ApInvoices"}, "logon_language_code": None}
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, {**GOOD, "options": options}).id
    with db.session() as s:
        assert get_connection(s, account_id, conn_id).options == options


def test_every_problem_is_reported_at_once_by_label(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    form = {**GOOD, "server_url": "ftp://syspro:21", "operator": "", "timeout_seconds": 0,
            "poll_interval_minutes": "soon", "colour": "red",
            "options": {"comfnd_paging": "sideways", "key_batch_size": -1}}
    with pytest.raises(InvalidFields) as error, db.session() as s:
        create_connection(s, box, account_id, form)
    found = {p.field: p.text for p in error.value.problems}
    assert set(found) == {"server_url", "operator", "timeout_seconds", "poll_interval_minutes",
                          "colour", "options.comfnd_paging", "options.key_batch_size"}
    assert found["server_url"].startswith("Server URL: ")
    assert found["timeout_seconds"] == "Read timeout (seconds): must be between 1 and 300, not 0"
    assert found["options.key_batch_size"].startswith("Keys per request: must be at least 1")
    assert all(p.text in error.value.message for p in error.value.problems)


def test_empty_optional_fields_take_the_schema_default(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, {**GOOD, "rest_base_path": " ",
                                                         "odata_url": "", "odata_user": ""}).id
    with db.session() as s:
        conn = get_connection(s, account_id, conn_id)
        assert conn.rest_base_path == DEFAULT_REST_BASE_PATH
        assert conn.odata_url is None and conn.odata_user is None
        assert conn.poll_interval_minutes == 15 and conn.timeout_seconds == 30.0


@pytest.mark.parametrize(
    ("url", "allowed_by"),
    [
        ("http://127.0.0.1:20001", "ALLOW_LOOPBACK"),
        ("http://localhost:20001", "ALLOW_LOOPBACK"),
        ("http://[::1]:20001", "ALLOW_LOOPBACK"),
        ("http://10.1.2.3:20001", "ALLOW_PRIVATE_NETWORKS"),
        ("http://192.168.0.9:20001", "ALLOW_PRIVATE_NETWORKS"),
        ("http://169.254.169.254:80", None),
    ],
)
def test_the_address_policy_is_checked_when_saved(two_accounts, url, allowed_by) -> None:
    db, box, (account_id, _) = two_accounts
    for field in ("server_url", "odata_url"):
        with pytest.raises(InvalidFields) as error, db.session() as s:
            create_connection(s, box, account_id, {**GOOD, field: url})
        (problem,) = error.value.problems
        assert problem.field == field
        if allowed_by:
            assert problem.message.endswith(f"set {allowed_by}=true to allow it")
        else:
            assert "never allowed" in problem.message and "ALLOW_" not in problem.message
    everything = AddressPolicy(allow_private_networks=True, allow_loopback=True)
    with db.session() as s:
        if allowed_by:
            create_connection(s, box, account_id, {**GOOD, "name": url, "server_url": url},
                              policy=everything)


def test_the_address_policy_names_the_setting_on_update_too(two_accounts) -> None:
    db, box, (account_id, _) = two_accounts
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, GOOD).id
    with pytest.raises(InvalidFields, match="127.0.0.1 is a loopback address; set ALLOW_LOOP"), \
            db.session() as s:
        update_connection(s, box, account_id, conn_id,
                          {"server_url": "http://127.0.0.1:1", "operator_password": "pw"})
