"""`ml-connector keys`: encryption keys for secrets at rest."""

from __future__ import annotations

import click
from cryptography.fernet import Fernet
from flask import current_app
from flask.cli import with_appcontext

from store.crypto import SecretDecryptionError
from store.rotation import rotate_all


@click.group(help="Encryption keys: generate a new one, re-encrypt everything under the newest.")
def keys() -> None:
    pass


@keys.command("generate", help="Print a new key to put first in ENCRYPTION_KEYS.")
def generate() -> None:
    click.echo(Fernet.generate_key().decode())


@keys.command(
    "rotate",
    help="Re-encrypt every stored secret under the first key of ENCRYPTION_KEYS. Put the new "
    "key first, keep the old ones after it, run this, then drop the old keys.",
)
@with_appcontext
def rotate() -> None:
    database = current_app.extensions["store"]
    box = current_app.extensions["secret_box"]
    try:
        with database.session() as session:
            counts = rotate_all(session, box)
    except SecretDecryptionError:
        # All or nothing: the transaction was rolled back. One line, not a traceback.
        raise click.ClickException(
            "a stored secret cannot be decrypted with any key in ENCRYPTION_KEYS; nothing was "
            "changed. Keep the old key in ENCRYPTION_KEYS after the new one and run this again."
        ) from None
    total = sum(counts.values())
    for column, count in counts.items():
        click.echo(f"{column}: {count}")
    click.echo(f"re-encrypted {total} secret(s) under the newest key")
