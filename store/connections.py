"""SYSPRO connections: validated on the way in, secrets encrypted, masked on the way out."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.orm import Session

from store.crypto import SecretBox, is_mask, mask
from store.errors import FieldError, InvalidFields, NotFound, SecretsRequired, ValidationError
from store.models import SysproConnection
from store.types import utcnow
from syspro import connection_schema as schema
from syspro.connection_report import chosen_ok
from syspro.field_checks import FieldProblem
from syspro.settings import option_problems
from syspro.urlguard import AddressPolicy, literal_refusal

# Form field -> encrypted column. A field left out, or sent back as the mask, keeps the secret;
# an empty string clears it (SYSPRO companies often have no password).
SECRET_FIELDS = {name: f"{name}_encrypted" for name in schema.SECRET_NAMES}
COLUMN_FIELDS = tuple(spec for spec in schema.CORE_FIELDS if not spec.secret)
PLAIN_FIELDS = (*(spec.name for spec in COLUMN_FIELDS), "options")
OPTIONS_LABEL = "Advanced options"
# What public_view adds to the settings: a form that sends the view back drops these.
VIEW_ONLY_KEYS = ("id", "last_tested_at", "last_test_ok", "is_default")
STRICT = AddressPolicy()
# Changing where a password goes, or whose it is, needs that password again: the stored one was
# entered for the old value, and keeping it would send it to whatever host is typed in.
REENTER_SECRETS: dict[str, tuple[str, ...]] = {
    "server_url": ("operator_password", "company_password"),
    "operator": ("operator_password",),
    "odata_url": ("odata_password",),
}


def _clean(
    fields: Mapping[str, Any], creating: bool, policy: AddressPolicy
) -> dict[str, Any]:
    """The values to store, defaults filled; InvalidFields with every problem otherwise."""
    problems = [
        FieldError(key, key, "is not a connection setting")
        for key in fields if key not in PLAIN_FIELDS and key not in SECRET_FIELDS
    ]
    values: dict[str, Any] = {}
    for spec in COLUMN_FIELDS:
        if spec.name not in fields and not creating:
            continue
        try:
            values[spec.name] = spec.check(fields.get(spec.name))
        except FieldProblem as exc:
            problems.append(FieldError(spec.name, spec.label, exc.message))
            continue
        if spec.kind == "url" and values[spec.name]:
            problems.extend(_address_problems(spec, values[spec.name], policy))
    if "options" in fields:
        values["options"], option_errors = _checked_options(fields["options"])
        problems.extend(option_errors)
    if problems:
        raise InvalidFields(problems)
    return values


def _address_problems(
    spec: schema.FieldSpec, url: str, policy: AddressPolicy
) -> list[FieldError]:
    """A literal address the deployment refuses is said at save time, with the setting that
    allows it; the deployment's settings are these flags' names in upper case."""
    host = urlsplit(url).hostname or ""
    refusal = literal_refusal(host, policy)
    if refusal is None:
        return []
    what, flag = refusal
    hint = f"; set {flag.upper()}=true to allow it" if flag else ""
    return [FieldError(spec.name, spec.label, f"{host} is {what}{hint}")]


def _checked_options(options: Any) -> tuple[dict[str, Any], list[FieldError]]:
    """Options are checked when saved: one a poll cannot use would fail every poll later."""
    if options is None:
        return {}, []
    if not isinstance(options, dict):
        return {}, [FieldError("options", OPTIONS_LABEL, "must be an object of SYSPRO settings")]
    errors = [
        FieldError(f"options.{key}", schema.label_of(key), message)
        for key, message in option_problems(options)
    ]
    return options, errors


def _apply_secrets(
    connection: SysproConnection, box: SecretBox, fields: Mapping[str, Any]
) -> None:
    for field, column in SECRET_FIELDS.items():
        if field not in fields or fields[field] is None or is_mask(fields[field]):
            continue
        value = str(fields[field])
        setattr(connection, column, box.encrypt(value) if value else None)


def create_connection(
    session: Session, box: SecretBox, account_id: int, fields: Mapping[str, Any],
    *, policy: AddressPolicy = STRICT,
) -> SysproConnection:
    """A new connection; `policy` is the deployment's address policy (strict unless given)."""
    values = _clean(fields, creating=True, policy=policy)
    _refuse_duplicate_name(session, account_id, values["name"], None)
    connection = SysproConnection(account_id=account_id, **values)
    _apply_secrets(connection, box, fields)
    # The account's first connection is its default (see store/connection_choice.py).
    connection.is_default = session.scalar(sa.select(sa.func.count()).where(
        SysproConnection.account_id == account_id, SysproConnection.is_default.is_(True))) == 0
    session.add(connection)
    session.flush()
    return connection


def update_connection(
    session: Session,
    box: SecretBox,
    account_id: int,
    connection_id: int,
    fields: Mapping[str, Any],
    *,
    policy: AddressPolicy = STRICT,
) -> SysproConnection:
    """Change what the form sent; validation happens before anything is written."""
    connection = get_connection(session, account_id, connection_id)
    values = _clean(fields, creating=False, policy=policy)
    _require_reentered_secrets(connection, values, fields)
    if "name" in values:
        _refuse_duplicate_name(session, account_id, values["name"], connection.id)
    for key, value in values.items():
        setattr(connection, key, value)
    _apply_secrets(connection, box, fields)
    session.flush()
    return connection


def _given(fields: Mapping[str, Any], secret: str) -> bool:
    """Typed in this request: present, not null, not the mask (an empty string is a choice)."""
    value = fields.get(secret)
    return value is not None and not is_mask(value)


def _require_reentered_secrets(
    connection: SysproConnection, values: Mapping[str, Any], fields: Mapping[str, Any]
) -> None:
    changed = [
        key for key in REENTER_SECRETS
        if key in values and (values[key] or None) != (getattr(connection, key) or None)
    ]
    needed = {
        secret
        for key in changed
        if key != "odata_url" or values[key]  # removing OData needs no password
        for secret in REENTER_SECRETS[key]
    }
    missing = sorted(secret for secret in needed if not _given(fields, secret))
    if missing:
        raise SecretsRequired(
            missing,
            f"changing {' and '.join(changed)} needs {', '.join(missing)} again: the stored "
            "passwords are only ever sent to the server they were entered for "
            "(send an empty string for a password that is really empty)",
        )


def _refuse_duplicate_name(
    session: Session, account_id: int, name: str, own_id: int | None
) -> None:
    query = sa.select(SysproConnection.id).where(
        SysproConnection.account_id == account_id, SysproConnection.name == name
    )
    existing = session.scalar(query)
    if existing is not None and existing != own_id:
        raise ValidationError("name", f"a connection named {name!r} already exists")


def get_connection(session: Session, account_id: int, connection_id: int) -> SysproConnection:
    connection = session.scalar(
        sa.select(SysproConnection).where(
            SysproConnection.id == connection_id, SysproConnection.account_id == account_id
        )
    )
    if connection is None:
        raise NotFound(f"connection {connection_id} not found")
    return connection


def list_connections(session: Session, account_id: int) -> list[SysproConnection]:
    return list(
        session.scalars(
            sa.select(SysproConnection)
            .where(SysproConnection.account_id == account_id)
            .order_by(SysproConnection.id)
        )
    )


def public_view(connection: SysproConnection) -> dict[str, Any]:
    """What APIs and the CLI show: every setting, secrets masked."""
    view: dict[str, Any] = {"id": connection.id}
    for key in PLAIN_FIELDS:
        view[key] = getattr(connection, key)
    for field, column in SECRET_FIELDS.items():
        view[field] = mask(getattr(connection, column))
    view["last_tested_at"] = (
        connection.last_tested_at.isoformat() if connection.last_tested_at else None
    )
    view["last_test_ok"] = chosen_test_ok(connection)
    view["is_default"] = connection.is_default
    return view


def chosen_test_ok(connection: SysproConnection) -> bool | None:
    """The last test's verdict on what the connection is set to sync: a table or business
    object only the unchosen entities need may fail without the test counting as failed."""
    groups = (connection.last_test_report or {}).get("groups")
    if connection.last_test_ok is not False or connection.sync_entities is None or not groups:
        return connection.last_test_ok
    return chosen_ok(groups, connection.sync_entities)


def decrypted_secrets(box: SecretBox, connection: SysproConnection) -> dict[str, str]:
    """The plaintext secrets, for building a SYSPRO client; never for output."""
    return {
        field: box.decrypt(token) if (token := getattr(connection, column)) else ""
        for field, column in SECRET_FIELDS.items()
    }


# --- the "sync now" URL token ----------------------------------------------------------------


def sync_url_token(session: Session, box: SecretBox, account_id: int, connection_id: int) -> str:
    """The connection's sync-now token, made on first use."""
    connection = get_connection(session, account_id, connection_id)
    if connection.sync_url_token_encrypted:
        return box.decrypt(connection.sync_url_token_encrypted)
    return rotate_sync_url_token(session, box, account_id, connection_id)


def rotate_sync_url_token(
    session: Session, box: SecretBox, account_id: int, connection_id: int
) -> str:
    """A new token; the old URL stops working at once."""
    connection = get_connection(session, account_id, connection_id)
    token = secrets.token_urlsafe(32)
    connection.sync_url_token_encrypted = box.encrypt(token)
    session.flush()
    return token


def connection_for_sync_url(
    session: Session, box: SecretBox, connection_id: int, token: str
) -> SysproConnection | None:
    """The connection if `token` is its sync-now token, else None (compared in constant time)."""
    connection = session.get(SysproConnection, connection_id)
    stored = connection.sync_url_token_encrypted if connection is not None else None
    # Compare against a dummy when there is nothing stored, so timing says nothing either way.
    expected = box.decrypt(stored) if stored else secrets.token_urlsafe(32)
    matches = hmac.compare_digest(expected.encode(), token.encode())
    return connection if matches and stored else None


def record_test_result(
    session: Session, account_id: int, connection_id: int, ok: bool, report: dict[str, Any]
) -> None:
    connection = get_connection(session, account_id, connection_id)
    connection.last_tested_at = utcnow()
    connection.last_test_ok = ok
    connection.last_test_report = report
    session.flush()


def delete_connection(session: Session, account_id: int, connection_id: int) -> None:
    """Remove a connection and (by cascade) its board syncs; the audit trail stays."""
    session.delete(get_connection(session, account_id, connection_id))
    session.flush()
