"""Secrets at rest: MultiFernet with several keys, newest first.

Encrypted columns are marked `info={"encrypted": True}` on the model; rotation finds them there,
so a new secret column is rotated without touching this file.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

# What APIs show instead of a stored secret. A form that sends it back keeps the secret.
MASK = "********"


class SecretDecryptionError(RuntimeError):
    """A stored secret cannot be decrypted with any configured key."""


class SecretBox:
    def __init__(self, keys: Sequence[str]) -> None:
        if not keys:
            raise ValueError("at least one encryption key is required")
        self._fernet = MultiFernet([Fernet(k.encode() if isinstance(k, str) else k) for k in keys])

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as exc:
            raise SecretDecryptionError(
                "a stored secret cannot be decrypted with ENCRYPTION_KEYS; was a key removed "
                "before `ml-connector keys rotate` ran?"
            ) from exc

    def rotate(self, token: str) -> str:
        """Re-encrypt a token under the newest key (it may be under any configured key)."""
        try:
            return self._fernet.rotate(token.encode("ascii")).decode("ascii")
        except InvalidToken as exc:
            raise SecretDecryptionError(
                "a stored secret cannot be decrypted with any key in ENCRYPTION_KEYS"
            ) from exc


def mask(value: str | None) -> str | None:
    """What output shows for a secret: the mask when one is stored, None when none is."""
    return MASK if value else None


def is_mask(submitted: str | None) -> bool:
    return submitted == MASK
