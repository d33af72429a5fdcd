"""Secrets at rest: encrypted, masked, kept when the mask comes back, rotated under new keys."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from store.connections import (
    VIEW_ONLY_KEYS,
    create_connection,
    decrypted_secrets,
    public_view,
    update_connection,
)
from store.crypto import MASK, SecretBox, SecretDecryptionError
from store.db import Database
from store.migrate import upgrade
from store.models import Account, SysproConnection
from store.rotation import encrypted_columns, rotate_all

FORM = {
    "name": "head office",
    "server_url": "http://syspro.example.com:20001",
    "operator": "ADMIN",
    "operator_password": "op-Secret-1",
    "company_id": "DEMO",
    "company_password": "co-Secret-2",
    "odata_url": "https://syspro.example.com:443/SYSPRO8Odata/SYSPROOData/DEMO",
    "odata_user": "ADMIN",
    "odata_password": "od-Secret-3",
}


@pytest.fixture
def db(db: Database) -> Database:
    """The migrated database (tests/store/conftest.py) with one account in it."""
    with db.session() as s:
        s.add(Account(monday_account_id=1))
    return db


def _account_id(db: Database) -> int:
    with db.session() as s:
        return s.scalar(sa.select(Account.id))


def test_round_trip_and_rotation_under_a_new_key() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = SecretBox([old]).encrypt("s3cret")
    both = SecretBox([new, old])
    assert both.decrypt(token) == "s3cret"
    rotated = both.rotate(token)
    assert SecretBox([new]).decrypt(rotated) == "s3cret"
    with pytest.raises(SecretDecryptionError, match="keys rotate"):
        SecretBox([new]).decrypt(token)


def test_no_plaintext_secret_in_the_database_file(tmp_path: Path, encryption_keys) -> None:
    url = f"sqlite:///{tmp_path / 'secrets.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        s.add(Account(monday_account_id=7))
    with db.session() as s:
        create_connection(s, SecretBox(encryption_keys), _account_id(db), FORM)
    db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("secrets.db*"))
    assert b"ADMIN" in raw, "sanity: the file holds the connection"
    for secret in ("op-Secret-1", "co-Secret-2", "od-Secret-3"):
        assert secret.encode() not in raw


def test_view_masks_and_mask_sent_back_keeps_the_secret(db: Database, encryption_keys) -> None:
    box = SecretBox(encryption_keys)
    account_id = _account_id(db)
    with db.session() as s:
        conn_id = create_connection(s, box, account_id, FORM).id
    with db.session() as s:
        view = public_view(s.get(SysproConnection, conn_id))
    assert view["operator_password"] == MASK and view["odata_password"] == MASK
    assert "Secret" not in repr(view)

    # The form comes back as shown (mask included) with one field changed.
    with db.session() as s:
        update_connection(s, box, account_id, conn_id, {**view_form(view), "company_id": "EDU2"})
    with db.session() as s:
        conn = s.get(SysproConnection, conn_id)
        assert conn.company_id == "EDU2"
        assert decrypted_secrets(box, conn) == {
            "operator_password": "op-Secret-1",
            "company_password": "co-Secret-2",
            "odata_password": "od-Secret-3",
        }
    # A new value replaces; an empty one clears (a company with no password).
    with db.session() as s:
        update_connection(
            s, box, account_id, conn_id, {"operator_password": "new", "company_password": ""}
        )
    with db.session() as s:
        secrets = decrypted_secrets(box, s.get(SysproConnection, conn_id))
        assert secrets["operator_password"] == "new" and secrets["company_password"] == ""


def view_form(view: dict) -> dict:
    editable = {k: v for k, v in view.items() if k not in VIEW_ONLY_KEYS}
    return editable


def test_rotate_all_reencrypts_every_secret_column(db: Database) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    account_id = _account_id(db)
    with db.session() as s:
        conn_id = create_connection(s, SecretBox([old]), account_id, FORM).id
    with db.session() as s:
        counts = rotate_all(s, SecretBox([new, old]))
    assert counts["syspro_connections.operator_password_encrypted"] == 1
    assert sum(counts.values()) == 3
    with db.session() as s:
        secrets = decrypted_secrets(SecretBox([new]), s.get(SysproConnection, conn_id))
    assert secrets["odata_password"] == "od-Secret-3"


def test_rotation_with_an_unknown_key_changes_nothing(db: Database) -> None:
    old = Fernet.generate_key().decode()
    stranger = SecretBox([Fernet.generate_key().decode()])
    account_id = _account_id(db)
    with db.session() as s:
        conn_id = create_connection(s, SecretBox([old]), account_id, FORM).id
    with pytest.raises(SecretDecryptionError), db.session() as s:
        rotate_all(s, stranger)
    with db.session() as s:
        assert decrypted_secrets(SecretBox([old]), s.get(SysproConnection, conn_id))


def test_every_secret_column_is_registered_for_rotation() -> None:
    names = {f"{t.name}.{c.name}" for t, c in encrypted_columns()}
    assert names == {
        "monday_tokens.access_token_encrypted",
        "monday_tokens.refresh_token_encrypted",
        "syspro_connections.operator_password_encrypted",
        "syspro_connections.company_password_encrypted",
        "syspro_connections.odata_password_encrypted",
        "syspro_connections.sync_url_token_encrypted",
        "token_revocations.token_encrypted",
    }
